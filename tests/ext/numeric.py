"""Numeric functions compiled into an extension module."""

LIMIT = 1000
RATE = 0.25
LABELS = ["low", "high"]
PAIR = (3, "three")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


# A global instance and a global function value: the module's own code uses
# them (they are not module attributes of the extension yet).
ORIGIN = Point(0, 0)
SQUARE = lambda v: v * v


def distance_from_origin(x, y):
    return (SQUARE(x - ORIGIN.x) + SQUARE(y - ORIGIN.y)) ** 0.5


def sum_of_squares(n):
    """The sum of i*i for i below n."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def mean(a, b):
    return (a + b) / 2


def scaled(x, factor):
    return x * factor


def check(x):
    if x < 0:
        raise ValueError(f"negative value: {x}")
    return x * 2


def lookup(key):
    table = {"a": 1, "b": 2}
    return table[key]


def describe(point):
    x, y = point
    return f"({x}, {y}) at distance {(x * x + y * y) ** 0.5:.3f}"


def shout(text):
    print("shouting", text)
    return text.upper() + "!"


def nothing(flag):
    if flag:
        print("flag set")


if __name__ == "__main__":
    print(sum_of_squares(10), mean(1.0, 3.0), scaled(2, 3), scaled(2.5, 2.0))
    print(check(4), describe((3, 4)), shout("hi"), nothing(False), distance_from_origin(3.0, 4.0), lookup("a"))
