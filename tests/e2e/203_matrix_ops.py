# Tests matrix math on lists of lists: multiply, transpose, determinant by recursion, identity and power.
def mat_mul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    return [[sum(a[i][t] * b[t][j] for t in range(k)) for j in range(m)] for i in range(n)]

def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(a):
    if len(a) == 1:
        return a[0][0]
    if len(a) == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    total = 0
    for col in range(len(a)):
        minor = [row[:col] + row[col + 1:] for row in a[1:]]
        sign = 1 if col % 2 == 0 else -1
        total += sign * a[0][col] * det(minor)
    return total

def mat_pow(a, e):
    result = identity(len(a))
    base = a
    while e > 0:
        if e & 1:
            result = mat_mul(result, base)
        base = mat_mul(base, base)
        e >>= 1
    return result

def show(name, m):
    print(name)
    for row in m:
        print("  " + " ".join(f"{x:5d}" for x in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a*b", mat_mul(a, b))
show("b*a", mat_mul(b, a))
show("a^T", transpose(a))
c = [[2, -1, 0], [1, 3, 2], [0, 5, -4]]
print("det c =", det(c))
d = [[1, 2, 0, 3], [0, 1, 4, 1], [2, 0, 1, 0], [1, 1, 1, 1]]
print("det d =", det(d))
print("det d^T =", det(transpose(d)))
fib = [[1, 1], [1, 0]]
for e in [1, 2, 5, 10, 20, 40]:
    print("fib", e, mat_pow(fib, e)[0][1])
show("c^3", mat_pow(c, 3))
print(mat_mul(identity(3), c) == c, transpose(transpose(a)) == a)
trace = sum(c[i][i] for i in range(3))
print("trace", trace, "diag", [c[i][i] for i in range(3)])
