# Tests float accumulation: series for pi and e, trapezoid/Simpson integration, and Newton's method.
def leibniz_pi(terms):
    s = 0.0
    sign = 1.0
    for k in range(terms):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s

def e_series(terms):
    s = 0.0
    term = 1.0
    for k in range(terms):
        s += term
        term /= k + 1
    return s

def f(x):
    return x * x * x - 2.0 * x + 1.0

def trapezoid(a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h

def simpson(a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        w = 4.0 if i % 2 == 1 else 2.0
        s += w * f(a + i * h)
    return s * h / 3.0

def newton_root(x0, iters):
    x = x0
    for i in range(iters):
        fx = x * x * x - 2.0 * x - 5.0
        dfx = 3.0 * x * x - 2.0
        x = x - fx / dfx
    return x

for t in range(1, 6):
    n = 10 ** t
    print("leibniz", n, leibniz_pi(n))
for t in range(1, 20, 3):
    print("e", t, e_series(t))
print("trap", trapezoid(0.0, 2.0, 10), trapezoid(0.0, 2.0, 1000))
print("simp", simpson(0.0, 2.0, 10), simpson(0.0, 2.0, 1000))
print("exact", 2.0 ** 4 / 4 - 2.0 ** 2 + 2.0)
for k in range(1, 7):
    print("newton", k, newton_root(2.0, k))
wallis = 1.0
for k in range(1, 5001):
    num = 4.0 * k * k
    wallis *= num / (num - 1.0)
print("wallis", 2.0 * wallis)
x = 1.0
for i in range(30):
    x = x - (x * x - 2.0) / (2.0 * x)
print("sqrt2", x, x * x)
kahan_sum = 0.0
c = 0.0
naive = 0.0
for i in range(100000):
    naive += 0.1
    y = 0.1 - c
    tk = kahan_sum + y
    c = (tk - kahan_sum) - y
    kahan_sum = tk
print("naive", naive, "kahan", kahan_sum)
