# Tests nested comprehensions: matrix transpose, flattening, multiplication tables, grid neighbors and filtered nesting.
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row])
print([[v * 10 for v in row if v % 2 == 1] for row in m])
table = [[r * c for c in range(1, 6)] for r in range(1, 6)]
for row in table:
    print(" ".join(f"{v:2d}" for v in row))
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
print(identity)
words = ["abc", "de", "fghi"]
print([[ch for ch in w] for w in words], [ch for w in words for ch in w if ch not in "aei"])
grid = ["#..#", ".##.", "#..."]
cells = [(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == "#"]
print(cells)
def neighbors(r, c, rows, cols):
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0) and 0 <= r + dr < rows and 0 <= c + dc < cols]
print(neighbors(0, 0, 3, 4), len(neighbors(1, 1, 3, 4)))
counts = [[sum(1 for (nr, nc) in neighbors(r, c, 3, 4) if grid[nr][nc] == "#") for c in range(4)] for r in range(3)]
print(counts)
pairs = {a: [b for b in range(a + 1, 5)] for a in range(5)}
print(pairs)
nested_sets = [{n % k for n in range(10)} for k in range(1, 5)]
print(nested_sets)
combos = [(s1, s2, flag) for s1 in "xy" for s2 in "12" for flag in (True, False)]
print(combos)
cube = [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]
print(cube, sum(v for plane in cube for row in plane for v in row))
upper_tri = [[table[r][c] for c in range(r, 5)] for r in range(5)]
print(upper_tri)
by_len = {n: sorted(w for w in ["a", "bb", "cc", "d", "eee"] if len(w) == n) for n in range(1, 4)}
print(by_len)
