# Tests Gaussian elimination with partial pivoting on lists of float lists, determinant, inverse and residual checks.
def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    det = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x, det
a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
b = [8.0, -11.0, -3.0]
x, det = solve(a, b)
print([f"{v:.6f}" for v in x], f"{det:.6f}")
residual = [sum(a[i][j] * x[j] for j in range(3)) - b[i] for i in range(3)]
print(all(abs(r) < 1e-9 for r in residual))
def inverse(a):
    n = len(a)
    cols = []
    for k in range(n):
        e = [1.0 if i == k else 0.0 for i in range(n)]
        col, _ = solve(a, e)
        cols.append(col)
    return [[cols[j][i] for j in range(n)] for i in range(n)]
inv = inverse(a)
for row in inv:
    print(" ".join(f"{v:8.4f}" for v in row))
prod = [[sum(a[i][k] * inv[k][j] for k in range(3)) for j in range(3)] for i in range(3)]
print([[f"{v:.6f}" for v in row] for row in prod])
print(all(abs(prod[i][j] - (1.0 if i == j else 0.0)) < 1e-9 for i in range(3) for j in range(3)))
hilbert = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
hx, hdet = solve(hilbert, [1.0, 0.0, 0.0, 0.0])
print([f"{v:.3f}" for v in hx], f"{hdet:.4e}")
swap_needed = [[0.0, 1.0], [1.0, 0.0]]
sx, sdet = solve(swap_needed, [3.0, 4.0])
print(sx, sdet)
