"""Shapes, compiled."""
import math


class Shape:
    """A shape with a name."""
    kind = "shape"

    def __init__(self, name: str):
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} with area {self.area():.2f}"

    def __repr__(self):
        return f"Shape({self.name!r})"


class Circle(Shape):
    kind = "circle"

    def __init__(self, radius: float):
        super().__init__("circle")
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius * self.radius

    def __repr__(self):
        return f"Circle({self.radius})"


class Rect(Shape):
    def __init__(self, width: float, height: float):
        super().__init__("rect")
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    @property
    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    def __eq__(self, other):
        return isinstance(other, Rect) and self.width == other.width and self.height == other.height

    def scaled(self, factor: float) -> "Rect":
        return Rect(self.width * factor, self.height * factor)


def total_area(shapes: list) -> float:
    return sum(shape.area() for shape in shapes)


def biggest(a: Shape, b: Shape) -> Shape:
    return a if a.area() >= b.area() else b


if __name__ == "__main__":
    shapes = [Circle(1.0), Rect(2.0, 3.0), Shape("dot")]
    print(total_area(shapes))
    print(biggest(shapes[0], shapes[1]))
    for s in shapes:
        print(s.describe())
    r = Rect(1.0, 2.0)
    print(r.perimeter, r == Rect(1.0, 2.0), r.scaled(2.0).area())
