import math


class Vector:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def length(self) -> float:
        return math.sqrt(self.x * self.x + self.y * self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def dot(a: Vector, b: Vector) -> float:
    return a.x * b.x + a.y * b.y
