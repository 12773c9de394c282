# Tests breadth-first search on an adjacency dict of lists: distances, parents, shortest path reconstruction, components.
graph = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
    "X": ["Y"],
    "Y": ["X"],
}
def bfs(start):
    dist = {start: 0}
    parent = {start: ""}
    queue = [start]
    order = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                parent[nb] = node
                queue.append(nb)
    print("order", order)
    print("dist", dist)
    return parent
parents = bfs("A")
print(parents)
def path_to(parent, target):
    path = []
    node = target
    while node != "":
        path.append(node)
        node = parent[node]
    path.reverse()
    return path
for target in ["G", "D", "A", "E"]:
    p = path_to(parents, target)
    print(target, "->".join(p), len(p) - 1)
seen = set()
components = []
for start in graph:
    if start in seen:
        continue
    comp = []
    stack = [start]
    seen.add(start)
    while stack:
        cur = stack.pop()
        comp.append(cur)
        for nb in graph[cur]:
            if nb not in seen:
                seen.add(nb)
                stack.append(nb)
    components.append(sorted(comp))
print(components, len(components))
grid = ["S.#.", "..#.", "...E", "#..."]
rows, cols = len(grid), len(grid[0])
origin = (0, 0)
dist2 = {origin: 0}
q = [origin]
while q:
    r, c = q.pop(0)
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist2:
            dist2[(nr, nc)] = dist2[(r, c)] + 1
            q.append((nr, nc))
print(dist2[(2, 3)], len(dist2), sorted(dist2.items())[:5])
