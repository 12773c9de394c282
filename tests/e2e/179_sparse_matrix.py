# Tests sparse matrices as dicts keyed by (row, col) tuples: build from dense, multiply, transpose and density stats.
def to_sparse(dense):
    out = {}
    for r, row in enumerate(dense):
        for c, v in enumerate(row):
            if v != 0:
                out[(r, c)] = v
    return out
def to_dense(sp, rows, cols):
    return [[sp.get((r, c), 0) for c in range(cols)] for r in range(rows)]
def transpose(sp):
    return {(c, r): v for (r, c), v in sp.items()}
def multiply(a, b):
    by_row = {}
    for (r, c), v in b.items():
        by_row.setdefault(r, []).append((c, v))
    out = {}
    for (i, k), v in a.items():
        for j, w in by_row.get(k, []):
            out[(i, j)] = out.get((i, j), 0) + v * w
    return {key: val for key, val in out.items() if val != 0}
dense_a = [[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0]]
dense_b = [[0, 1], [5, 0], [0, 0], [1, -1]]
sa = to_sparse(dense_a)
sb = to_sparse(dense_b)
print(sa)
print(sb)
print(transpose(sa))
prod = multiply(sa, sb)
print(prod, sorted(prod))
print(to_dense(prod, 3, 2))
print(to_dense(transpose(sa), 4, 3))
print(f"density a = {len(sa) / 12:.3f}, b = {len(sb) / 8:.3f}")
ident = {(i, i): 1 for i in range(4)}
print(multiply(sa, ident) == sa, multiply(transpose(sa), sa))
row_sums = {}
col_sums = {}
for (r, c), v in sa.items():
    row_sums[r] = row_sums.get(r, 0) + v
    col_sums[c] = col_sums.get(c, 0) + v
print(row_sums, col_sums)
cancel = multiply({(0, 0): 1, (0, 1): 1}, {(0, 0): 2, (1, 0): -2})
print(cancel, len(cancel))
big = {(i, (i * 7) % 50): i + 1 for i in range(50)}
sq = multiply(big, big)
print(len(big), len(sq), sum(sq.values()), max(sq.values()), sorted(sq.items())[:4])
