"""A small geometry package."""
from .vectors import Vector, dot
from . import shapes
from .shapes import Polygon

VERSION = "1.0"


def perimeter_of(points: list) -> float:
    total = 0.0
    for i in range(len(points)):
        a = Vector(points[i][0], points[i][1])
        b = Vector(points[i - 1][0], points[i - 1][1])
        total += (a - b).length()
    return total


if __name__ == "__main__":
    print(perimeter_of([(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]))
