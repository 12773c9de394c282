# Tests recursive DFS, cycle detection and topological sort (Kahn's algorithm) on dict-of-lists graphs with int nodes.
dag = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: [], 6: [4]}
visited = set()
order = []
def dfs(node):
    visited.add(node)
    for nb in dag[node]:
        if nb not in visited:
            dfs(nb)
    order.append(node)
for n in sorted(dag):
    if n not in visited:
        dfs(n)
print("postorder", order)
print("topo (reverse postorder)", order[::-1])
indeg = {n: 0 for n in dag}
for n in dag:
    for m in dag[n]:
        indeg[m] += 1
print("indegrees", indeg)
ready = sorted(n for n in dag if indeg[n] == 0)
kahn = []
while ready:
    n = ready.pop(0)
    kahn.append(n)
    for m in dag[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
            ready.sort()
print("kahn", kahn, len(kahn) == len(dag))
def visit(g, state, n):
    state[n] = 1
    for m in g[n]:
        if state[m] == 1:
            return True
        if state[m] == 0 and visit(g, state, m):
            return True
    state[n] = 2
    return False
def has_cycle(g):
    state = {n: 0 for n in g}
    for n in g:
        if state[n] == 0 and visit(g, state, n):
            print("cycle found from", n, state)
            return True
    print("acyclic", state)
    return False
print(has_cycle(dag))
cyclic = {1: [2], 2: [3], 3: [1], 4: []}
print(has_cycle(cyclic))
def all_paths(g, src, dst, path):
    if src == dst:
        return [path + [dst]]
    result = []
    for nb in g[src]:
        if nb not in path:
            result.extend(all_paths(g, nb, dst, path + [src]))
    return result
paths = all_paths(dag, 0, 5, [])
print(len(paths), paths)
reverse = {n: [] for n in dag}
for n, outs in dag.items():
    for m in outs:
        reverse[m].append(n)
print(reverse)
depth = {}
def longest(n):
    if n in depth:
        return depth[n]
    best = 0
    for m in dag[n]:
        best = max(best, 1 + longest(m))
    depth[n] = best
    return best
print([longest(n) for n in sorted(dag)], depth)
