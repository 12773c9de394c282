# Tests float linear algebra: Gauss-Jordan inverse with partial pivoting, solving systems, residuals and rounding.
def inverse(m):
    n = len(m)
    a = [row[:] + [1.0 if i == j else 0.0 for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            return []
        a[col], a[pivot] = a[pivot], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [row[n:] for row in a]

def matvec(m, v):
    return [sum(x * y for x, y in zip(row, v)) for row in m]

def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def show(m):
    for row in m:
        print("  [" + ", ".join(f"{x:9.5f}" for x in row) + "]")

a = [[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]]
inv = inverse(a)
print("inverse:")
show(inv)
print("a * inv:")
show([[round(x, 10) + 0.0 for x in row] for row in matmul(a, inv)])
b = [11.0, -16.0, 17.0]
x = matvec(inv, b)
print("x =", [round(v, 6) for v in x])
res = [bi - ai for bi, ai in zip(b, matvec(a, x))]
print("residual small:", max(abs(r) for r in res) < 1e-9)
sing = [[1.0, 2.0], [2.0, 4.0]]
print("singular inverse:", inverse(sing))
h = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
print("hilbert 4:")
show(h)
hi = inverse(h)
print("hilbert inverse rounded:", [[round(v) for v in row] for row in hi])
ident = matmul(h, hi)
err = max(abs(ident[i][j] - (1.0 if i == j else 0.0)) for i in range(4) for j in range(4))
print("identity error < 1e-8:", err < 1e-8)
rot = [[0.6, -0.8], [0.8, 0.6]]
print("rotation inverse == transpose:", all(abs(inverse(rot)[i][j] - rot[j][i]) < 1e-12 for i in range(2) for j in range(2)))
