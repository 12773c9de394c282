# Tests swaps, chained assignment, tuple assignment evaluation order, and swapping list elements in algorithms.
a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = 7
print(x, y, z)
x += 1
print(x, y, z)
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
xs = [5, 4, 3, 2, 1]
xs[0], xs[-1] = xs[-1], xs[0]
print(xs)
i, j = 1, 3
xs[i], xs[j] = xs[j], xs[i]
print(xs)
def bubble(values):
    n = len(values)
    swaps = 0
    for k in range(n):
        for m in range(n - 1 - k):
            if values[m] > values[m + 1]:
                values[m], values[m + 1] = values[m + 1], values[m]
                swaps += 1
    return swaps
data = [9, 3, 7, 1, 8, 2]
print(bubble(data), data)
def fib_pair(n):
    f0, f1 = 0, 1
    for _ in range(n):
        f0, f1 = f1, f0 + f1
    return f0
print([fib_pair(k) for k in range(15)])
def gcd(u, v):
    while v:
        u, v = v, u % v
    return u
print(gcd(48, 18), gcd(17, 5), gcd(100, 75))
s1, s2 = "left", "right"
s1, s2 = s2, s1
print(s1, s2)
l1 = [1, 2]
l2 = l1
l1 = [3]
print(l1, l2)
mat = [[1, 2], [3, 4]]
mat[0][1], mat[1][0] = mat[1][0], mat[0][1]
print(mat)
lo, hi = 0, 10
while lo < hi:
    lo, hi = lo + 2, hi - 1
    print(lo, hi)
words = ["c", "a", "b"]
words[0], words[1], words[2] = words[1], words[2], words[0]
print(words)
