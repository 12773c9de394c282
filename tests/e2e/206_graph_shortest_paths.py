# Tests graph algorithms on a dict adjacency list: BFS levels, Dijkstra with a list-based frontier, path reconstruction.
edges = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
    ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 9), ("G", "H", 1),
]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
for node in sorted(graph):
    print(node, sorted(graph[node]))

def bfs_levels(start):
    level = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt, w in sorted(graph[node]):
            if nxt not in level:
                level[nxt] = level[node] + 1
                queue.append(nxt)
    return level

lv = bfs_levels("A")
print("bfs order", list(lv))
print("levels", sorted((d, n) for n, d in lv.items()))

def dijkstra(start):
    dist = {start: 0}
    prev = {}
    done = set()
    frontier = [(0, start)]
    while frontier:
        frontier.sort()
        d, node = frontier.pop(0)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, 10 ** 9):
                dist[nxt] = nd
                prev[nxt] = node
                frontier.append((nd, nxt))
    return dist, prev

dist, prev = dijkstra("A")
for node in sorted(dist):
    path = [node]
    while path[-1] != "A":
        path.append(prev[path[-1]])
    path.reverse()
    print(f"{node}: {dist[node]:3d} via {'->'.join(path)}")
unreachable = sorted(n for n in graph if n not in dist)
print("unreachable", unreachable)

components = []
seen = set()
for node in sorted(graph):
    if node in seen:
        continue
    comp = sorted(bfs_levels(node))
    seen.update(comp)
    components.append(comp)
print(len(components), "components:", components)
degree = {n: len(graph[n]) for n in graph}
print("max degree", max(sorted(degree), key=lambda n: degree[n]), max(degree.values()))
