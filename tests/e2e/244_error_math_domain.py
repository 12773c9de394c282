# Tests an uncaught ValueError "math domain error" from math.sqrt of a negative discriminant after solving other quadratics.
import math

def solve(a, b, c):
    disc = b * b - 4 * a * c
    print(f"  a={a} b={b} c={c} disc={disc}")
    root = math.sqrt(disc)
    return ((-b + root) / (2 * a), (-b - root) / (2 * a))

equations = [(1.0, -3.0, 2.0), (1.0, 2.0, 1.0), (2.0, -7.0, 3.0), (1.0, 0.0, -2.0), (1.0, 1.0, 1.0), (1.0, 5.0, 6.0)]
print("sqrt table", [round(math.sqrt(x), 4) for x in [0.0, 1.0, 2.0, 9.0, 10.5]])
print("isqrt", [math.isqrt(n) for n in [0, 15, 16, 99]], "hypot", math.hypot(5.0, 12.0))
vertex = [(-b / (2 * a), c - b * b / (4 * a)) for a, b, c in equations]
print("vertices", [(round(x, 3), round(y, 3)) for x, y in vertex])
solutions = []
kinds = []
for a, b, c in equations:
    d = b * b - 4 * a * c
    kinds.append("two" if d > 0 else "one" if d == 0 else "none")
print("root kinds", kinds, "count of two:", kinds.count("two"))
for a, b, c in equations:
    print("solving", (a, b, c))
    r1, r2 = solve(a, b, c)
    solutions.append((r1, r2))
    check = [round(a * r * r + b * r + c, 12) for r in (r1, r2)]
    print(f"  roots {r1:.6f} {r2:.6f} check {check} sum {r1 + r2:.3f} product {r1 * r2:.3f}")
print("all solved", solutions)
