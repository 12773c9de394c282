# Tests float vector math with tuples: dot/cross products, norms, angles, polygon area and centroid.
import math

def add(u, v):
    return (u[0] + v[0], u[1] + v[1], u[2] + v[2])

def sub(u, v):
    return (u[0] - v[0], u[1] - v[1], u[2] - v[2])

def scale(u, k):
    return (u[0] * k, u[1] * k, u[2] * k)

def dot(u, v):
    return u[0] * v[0] + u[1] * v[1] + u[2] * v[2]

def cross(u, v):
    return (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])

def norm(u):
    return math.sqrt(dot(u, u))

def fmt(u):
    return "(" + ", ".join(f"{x:.3f}" for x in u) + ")"

u = (1.0, 2.0, 3.0)
v = (4.0, -5.0, 6.0)
print(fmt(add(u, v)), fmt(sub(u, v)), fmt(scale(u, 2.5)))
print("dot", dot(u, v), "cross", cross(u, v))
print(f"|u|={norm(u):.6f} |v|={norm(v):.6f}")
cosang = dot(u, v) / (norm(u) * norm(v))
print(f"angle {math.acos(cosang) * 180 / math.pi:.4f} deg")
unit = scale(u, 1.0 / norm(u))
print("unit", fmt(unit), round(norm(unit), 12))
print("cross orthogonal:", dot(cross(u, v), u), dot(cross(u, v), v))

poly = [(0.0, 0.0), (4.0, 0.0), (4.0, 3.0), (2.0, 5.0), (0.0, 3.0)]
area2 = 0.0
cx = 0.0
cy = 0.0
for i in range(len(poly)):
    x0, y0 = poly[i]
    x1, y1 = poly[(i + 1) % len(poly)]
    c = x0 * y1 - x1 * y0
    area2 += c
    cx += (x0 + x1) * c
    cy += (y0 + y1) * c
area = area2 / 2
print("area", area)
print(f"centroid ({cx / (3 * area2):.4f}, {cy / (3 * area2):.4f})")
perim = sum(math.hypot(poly[i][0] - poly[i - 1][0], poly[i][1] - poly[i - 1][1]) for i in range(len(poly)))
print(f"perimeter {perim:.5f}")
pts = [(math.cos(k * math.pi / 6), math.sin(k * math.pi / 6)) for k in range(12)]
print([f"{x:+.2f},{y:+.2f}" for x, y in pts[:4]])
angles = [round(math.atan2(y, x), 4) for x, y in pts]
print(angles)
far = max(poly, key=lambda p: math.hypot(p[0], p[1]))
print("farthest", far)
