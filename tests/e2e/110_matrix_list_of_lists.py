# Tests matrix operations on lists of lists: build, add, transpose, multiply, identity, trace and pretty printing.
def make(rows, cols, start):
    return [[start + r * cols + c for c in range(cols)] for r in range(rows)]

def add(a, b):
    return [[a[i][j] + b[i][j] for j in range(len(a[0]))] for i in range(len(a))]

def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]

def mul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            out[i][j] = s
    return out

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def show(m):
    for row in m:
        print(" ".join(f"{v:4d}" for v in row))

a = make(2, 3, 1)
b = make(3, 2, 0)
print(a)
print(b)
print(transpose(a))
p = mul(a, b)
print(p)
show(p)
sq = make(3, 3, 1)
print(add(sq, identity(3)))
print(mul(sq, identity(3)) == sq)
trace = sum(sq[i][i] for i in range(3))
print("trace", trace)
power = identity(3)
for step in range(4):
    power = mul(power, sq)
    print("power", step + 1, power[0])
show(power)
print(transpose(transpose(a)) == a)
col_sums = [sum(col) for col in transpose(sq)]
row_sums = [sum(row) for row in sq]
print(col_sums, row_sums)
diag = [sq[i][2 - i] for i in range(3)]
print(diag, max(max(row) for row in power))
