# Tests union-find with parent/rank lists (path compression), components, and Kruskal's MST over a list of edge tuples.
def find(parent, x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        nxt = parent[x]
        parent[x] = root
        x = nxt
    return root
def union(parent, rank, a, b):
    ra = find(parent, a)
    rb = find(parent, b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True
n = 10
parent = list(range(n))
rank = [0] * n
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (3, 0), (6, 7)]:
    merged = union(parent, rank, a, b)
    print((a, b), "merged" if merged else "already joined", parent)
groups = {}
for i in range(n):
    groups.setdefault(find(parent, i), []).append(i)
print(groups)
print(sorted(groups.values(), key=len, reverse=True), len(groups))
edges = [(7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4), (5, 2, 4), (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6)]
p2 = list(range(7))
r2 = [0] * 7
mst = []
for w, u, v in sorted(edges):
    if union(p2, r2, u, v):
        mst.append((u, v, w))
        print("take", (u, v), "weight", w)
    else:
        print("skip", (u, v), "weight", w)
print(mst, sum(e[2] for e in mst), len(mst))
grid = ["11000", "11011", "00100", "00011"]
cells = [(r, c) for r in range(4) for c in range(5) if grid[r][c] == "1"]
index = {cell: i for i, cell in enumerate(cells)}
p3 = list(range(len(cells)))
r3 = [0] * len(cells)
for (r, c) in cells:
    for nb in [(r + 1, c), (r, c + 1)]:
        if nb in index:
            union(p3, r3, index[(r, c)], index[nb])
islands = {find(p3, i) for i in range(len(cells))}
print(len(cells), "land cells,", len(islands), "islands")
