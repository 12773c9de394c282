# Tests the math module on lists of floats: sqrt, pi, e, floor, ceil, trig, atan2, exp, log, pow, fabs.
import math
print(math.pi, math.e, math.sqrt(2.0), math.sqrt(16), math.fabs(-3.5), math.pow(2, 10))
values = [0.0, 0.5, 1.0, 2.5, -1.5, -2.5, 3.999]
print([math.floor(v) for v in values])
print([math.ceil(v) for v in values])
print([math.fabs(v) for v in values])
angles = [0.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi]
for a in angles:
    print(f"{a:.4f} sin={math.sin(a):.6f} cos={math.cos(a):.6f} tan={math.tan(a):.3e}")
print([a * 180 / math.pi for a in angles])
points = [(1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0), (1.0, 1.0), (-3.0, -4.0)]
for x, y in points:
    r = math.sqrt(x * x + y * y)
    theta = math.atan2(y, x)
    print((x, y), r, theta, f"{theta * 180 / math.pi:.1f}")
print([math.exp(k) for k in range(4)])
print([math.log(v) for v in [1.0, math.e, 10.0, 100.0]], math.log(8, 2), math.log(1000, 10))
def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
route = [(0.0, 0.0), (3.0, 4.0), (6.0, 8.0), (6.0, 0.0), (0.0, 0.0)]
legs = [distance(route[i], route[i + 1]) for i in range(len(route) - 1)]
print(legs, sum(legs))
def polygon_area(pts):
    s = 0.0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        s += x1 * y2 - x2 * y1
    return math.fabs(s) / 2
print(polygon_area([(0.0, 0.0), (4.0, 0.0), (4.0, 3.0), (0.0, 3.0)]), polygon_area(route[:4]))
regular = [(math.cos(2 * math.pi * k / 6), math.sin(2 * math.pi * k / 6)) for k in range(6)]
print(f"{polygon_area(regular):.10f}", f"{3 * math.sqrt(3) / 2:.10f}")
compound = [1000.0 * math.pow(1.05, yr) for yr in range(0, 11, 5)]
print(compound, [math.floor(c) for c in compound])
print(math.sqrt(0.0), math.floor(-0.5), math.ceil(-0.5), math.exp(0.0), math.log(1.0))
print(int(math.sqrt(1e12)), math.floor(1e15 + 0.5), isinstance(math.floor(2.5), int))
