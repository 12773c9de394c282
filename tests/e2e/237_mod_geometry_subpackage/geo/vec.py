import math
print("geo.vec init")
OPS = 0


def add(a, b):
    global OPS
    OPS += 1
    return (a[0] + b[0], a[1] + b[1])


def scale(a, k):
    global OPS
    OPS += 1
    return (a[0] * k, a[1] * k)


def length(a):
    return math.hypot(a[0], a[1])


def rotate(a, ang):
    c = math.cos(ang)
    s = math.sin(ang)
    return (round(a[0] * c - a[1] * s, 12) + 0.0, round(a[0] * s + a[1] * c, 12) + 0.0)
