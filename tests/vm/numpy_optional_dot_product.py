# Uses numpy when available, otherwise pure Python; prints identical results either way
try:
    import numpy as np
except ImportError:
    np = None

A = [[2, -1, 0], [1, 3, 4], [0, 5, -2]]
B = [[1, 0, 2], [-1, 4, 1], [3, 2, 0]]
u = [1.5, -2.0, 3.0]
v = [4.0, 0.5, -1.0]


def dot_py(a, b):
    return sum(x * y for x, y in zip(a, b))


def matmul_py(a, b):
    cols = list(zip(*b))
    return [[dot_py(row, col) for col in cols] for row in a]


def det3_py(m):
    (a, b, c), (d, e, f), (g, h, i) = m
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)


if np is not None:
    dot = float(np.dot(np.array(u), np.array(v)))
    product = np.array(A) @ np.array(B)
    product = [[int(x) for x in row] for row in product.tolist()]
    det = int(round(float(np.linalg.det(np.array(A)))))
    trace = int(np.trace(np.array(A)))
    norms = [float(np.sqrt(np.dot(r, r))) for r in np.array(A, dtype=float)]
    transposed = np.array(B).T.tolist()
else:
    dot = dot_py(u, v)
    product = matmul_py(A, B)
    det = det3_py(A)
    trace = sum(A[i][i] for i in range(3))
    norms = [dot_py(r, r) ** 0.5 for r in A]
    transposed = [list(c) for c in zip(*B)]

print("dot(u, v) =", dot)
print("A @ B =")
for row in product:
    print("  " + " ".join(f"{x:4d}" for x in row))
print("det(A) =", det)
print("trace(A) =", trace)
print("row norms:", [round(n, 6) for n in norms])
print("B^T:", transposed)
check = matmul_py(A, B) == product and det == det3_py(A)
print("cross-check with pure python:", check)
for k in range(1, 4):
    scaled = [x * k for x in u]
    print(f"  dot({k}u, v) = {dot_py(scaled, v)}")
