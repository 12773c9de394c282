# Tests sets of tuples: visited-cell tracking, unique pairs, coordinate sets, and their deterministic reprs.
visited = set()
pos = (0, 0)
moves = "RRUULDDDLLR"
deltas = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}
visited.add(pos)
for m in moves:
    dx, dy = deltas[m]
    pos = (pos[0] + dx, pos[1] + dy)
    revisit = pos in visited
    visited.add(pos)
    print(m, pos, "revisit" if revisit else "new")
print(len(visited), sorted(visited))
pairs = set()
nums = [3, 1, 4, 1, 5, 9, 2, 6]
for i in range(len(nums)):
    for j in range(i + 1, len(nums)):
        if nums[i] + nums[j] == 10:
            pairs.add((min(nums[i], nums[j]), max(nums[i], nums[j])))
print(pairs, sorted(pairs))
small = {(1, 2), (0, 0), (2, 1)}
print(small)
small.add((1, 2))
small.discard((0, 0))
print(small, len(small))
square = {(x, y) for x in range(3) for y in range(3)}
diagonal = {(i, i) for i in range(5)}
print(sorted(square & diagonal), sorted(diagonal - square))
print(len(square | diagonal), len(square ^ diagonal))
edges = {(1, 2), (2, 3), (3, 1)}
undirected = edges | {(b, a) for (a, b) in edges}
print(sorted(undirected))
print((2, 1) in undirected, (1, 4) in undirected)
triples = {(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 21) if a * a + b * b == c * c}
print(sorted(triples))
neighbors_of = {}
for (a, b) in sorted(undirected):
    neighbors_of.setdefault(a, set()).add(b)
print(neighbors_of)
