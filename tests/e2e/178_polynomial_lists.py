# Tests polynomial arithmetic with coefficient lists (lowest degree first): add, multiply, evaluate, derive, format.
def trim(p):
    q = p[:]
    while len(q) > 1 and q[-1] == 0:
        q.pop()
    return q
def padd(a, b):
    n = max(len(a), len(b))
    return trim([(a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0) for i in range(n)])
def pmul(a, b):
    out = [0] * (len(a) + len(b) - 1)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            out[i + j] += x * y
    return trim(out)
def peval(p, x):
    acc = 0
    for c in reversed(p):
        acc = acc * x + c
    return acc
def deriv(p):
    return trim([i * p[i] for i in range(1, len(p))] or [0])
def fmt(p):
    terms = []
    for i in range(len(p) - 1, -1, -1):
        c = p[i]
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        mag = abs(c)
        coef = "" if mag == 1 and i > 0 else str(mag)
        var = "" if i == 0 else ("x" if i == 1 else f"x^{i}")
        terms.append((sign, coef + var))
    if not terms:
        return "0"
    first_sign, first = terms[0]
    s = ("-" if first_sign == "-" else "") + first
    for sign, t in terms[1:]:
        s += f" {sign} {t}"
    return s
a = [1, -3, 0, 2]
b = [-1, 1]
print(a, fmt(a))
print(b, fmt(b))
print(padd(a, b), fmt(padd(a, b)))
print(pmul(a, b), fmt(pmul(a, b)))
print(deriv(a), fmt(deriv(a)), fmt(deriv(deriv(deriv(deriv(a))))))
print([peval(a, x) for x in range(-3, 4)])
p = [1]
for k in range(6):
    print(k, p, fmt(p), peval(p, 1), peval(p, -1))
    p = pmul(p, [1, 1])
print(padd([1, 2, 3], [-1, -2, -3]), fmt(padd([5], [-5])), fmt([0, 0, -1]))
roots = [1, -2, 3]
poly = [1]
for r in roots:
    poly = pmul(poly, [-r, 1])
print(poly, fmt(poly), [peval(poly, r) for r in roots])
