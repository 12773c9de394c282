import math
print("geo.shapes.circle init")


def circle_area(r):
    return math.pi * r * r


def ring_area(r1, r2):
    return circle_area(r2) - circle_area(r1)
