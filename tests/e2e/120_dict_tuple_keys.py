# Tests dicts keyed by tuples: grid coordinates, pair counts, sparse storage and sorted output of tuple keys.
grid = {}
for r in range(3):
    for c in range(4):
        grid[(r, c)] = r * 10 + c
print(len(grid), grid[(2, 3)], grid[(0, 0)], (1, 1) in grid, (5, 5) in grid)
print(grid.get((9, 9), -1))
neighbors = {}
for (r, c) in grid:
    count = 0
    for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
        if (r + dr, c + dc) in grid:
            count += 1
    neighbors[(r, c)] = count
print(neighbors)
pair_counts = {}
text = "abracadabra"
for i in range(len(text) - 1):
    key = (text[i], text[i + 1])
    pair_counts[key] = pair_counts.get(key, 0) + 1
print(pair_counts)
print(sorted(pair_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
sparse = {(0, 0): 1.5, (100, 200): -2.0, (3, 7): 0.25}
print(sparse)
print(sorted(sparse), sum(sparse.values()))
dist = {}
cities = ["A", "B", "C"]
for i, a in enumerate(cities):
    for j, b in enumerate(cities):
        dist[(a, b)] = abs(i - j) * 7
print(dist)
print(dist[("A", "C")], dist[("C", "A")])
triples = {(1, 2, 3): "abc", (3, 2, 1): "cba"}
triples[(0, 0, 0)] = "zero"
for key3, label in sorted(triples.items()):
    print(key3, label, sum(key3))
edges = {(1, 2): 5, (2, 3): 1, (1, 3): 9}
del edges[(1, 3)]
edges[(3, 4)] = 2
print(edges, list(edges.keys()))
diag = {(i, i): i * i for i in range(5)}
print(diag)
nested_key = {((0, 1), 2): "n"}
print(nested_key, nested_key[((0, 1), 2)])
