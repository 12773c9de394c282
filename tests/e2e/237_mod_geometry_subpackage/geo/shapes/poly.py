import geo
import geo.vec
from . import circle
print("geo.shapes.poly init; circle pi check", round(circle.circle_area(1.0), 4))


def area(pts):
    s = 0.0
    for i in range(len(pts)):
        x0, y0 = pts[i]
        x1, y1 = pts[(i + 1) % len(pts)]
        s += x0 * y1 - x1 * y0
    return abs(s) / 2


def perimeter(pts):
    return sum(geo.vec.length((pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1])) for i in range(len(pts)))


def centroid(pts):
    n = len(pts)
    return (sum(p[0] for p in pts) / n, sum(p[1] for p in pts) / n)


def translate(pts, d):
    return [geo.vec.add(p, d) for p in pts]


def describe(pts):
    return f"{len(pts)}-gon with area {area(pts):.2f} {geo.UNIT}^2"
