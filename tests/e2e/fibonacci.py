# Tests Fibonacci computed iteratively, recursively, with floats (Binet) and modulo, up to fib(90).
def fib_iter(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a

def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)

def fib_float(n):
    phi = (1 + 5 ** 0.5) / 2
    psi = (1 - 5 ** 0.5) / 2
    return (phi ** n - psi ** n) / 5 ** 0.5

def fib_mod(n, m):
    a = 0
    b = 1
    for i in range(n):
        t = (a + b) % m
        a = b
        b = t
    return a

def fib_pair_rec(n, a, b):
    if n == 0:
        return a
    return fib_pair_rec(n - 1, b, a + b)

for n in range(0, 21):
    print(n, fib_iter(n), fib_rec(n), round(fib_float(n)), fib_pair_rec(n, 0, 1))
print(fib_rec(23))
print(fib_iter(50), fib_iter(90), fib_pair_rec(90, 0, 1))
print(fib_float(50), fib_float(70), round(fib_float(70)) == fib_iter(70))
print(fib_mod(1000, 1000000007), fib_mod(100000, 1000))
n = 0
while fib_iter(n) < 10 ** 15:
    n += 1
print("first fib >= 1e15 is fib", n, fib_iter(n))
ratio = fib_iter(40) / fib_iter(39)
print("golden ratio approx", ratio, abs(ratio - (1 + 5 ** 0.5) / 2) < 1e-12)
s = 0
a = 1
b = 2
while a <= 4000000:
    if a % 2 == 0:
        s += a
    t = a + b
    a = b
    b = t
print("even fib sum", s)
