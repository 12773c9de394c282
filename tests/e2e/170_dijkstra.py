# Tests Dijkstra's shortest paths with a dict of lists of (neighbor, weight) tuples and a linear-scan frontier.
graph = {
    "A": [("B", 7), ("C", 9), ("F", 14)],
    "B": [("A", 7), ("C", 10), ("D", 15)],
    "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)],
    "D": [("B", 15), ("C", 11), ("E", 6)],
    "E": [("D", 6), ("F", 9)],
    "F": [("A", 14), ("C", 2), ("E", 9)],
    "G": [],
}
INF = 10 ** 9
def dijkstra(src):
    dist = {n: INF for n in graph}
    prev = {n: "" for n in graph}
    dist[src] = 0
    done = set()
    while True:
        best = ""
        for n in graph:
            if n not in done and dist[n] < INF and (best == "" or dist[n] < dist[best]):
                best = n
        if best == "":
            break
        done.add(best)
        for nb, w in graph[best]:
            if dist[best] + w < dist[nb]:
                dist[nb] = dist[best] + w
                prev[nb] = best
        print("settle", best, dist[best])
    return dist, prev
dist, prev = dijkstra("A")
print(dist)
print(prev)
def path(prev, target):
    out = []
    while target != "":
        out.append(target)
        target = prev[target]
    return out[::-1]
for t in "ABCDEF":
    print(t, dist[t], "->".join(path(prev, t)))
print("G reachable:", dist["G"] < INF)
grid = [[1, 3, 1, 2], [1, 5, 1, 9], [4, 2, 1, 1], [7, 1, 8, 1]]
R, C = len(grid), len(grid[0])
cost = {(0, 0): grid[0][0]}
frontier = [(grid[0][0], 0, 0)]
while frontier:
    frontier.sort()
    d, r, c = frontier.pop(0)
    if d > cost[(r, c)]:
        continue
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C:
            nd = d + grid[nr][nc]
            if nd < cost.get((nr, nc), INF):
                cost[(nr, nc)] = nd
                frontier.append((nd, nr, nc))
print(cost[(R - 1, C - 1)], [[cost[(r2, c2)] for c2 in range(C)] for r2 in range(R)])
