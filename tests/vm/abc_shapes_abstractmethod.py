# abc.ABC with abstractmethod/abstract properties, virtual subclasses and template methods
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name:<9} area={self.area():8.3f} perimeter={self.perimeter():7.3f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    name = "circle"

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def name(self):
        return "square" if self.w == self.h else "rectangle"

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.sides = (a, b, c)

    name = "triangle"

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Incomplete(Shape):
    name = "broken"

    def area(self):
        return 0


shapes = [Circle(1), Rect(3, 4), Rect(2, 2), Triangle(3, 4, 5), Circle(2.5)]
for s in shapes:
    print(s.describe())
print("largest:", max(shapes, key=lambda s: s.area()).name)
print("total area:", round(sum(s.area() for s in shapes), 4))

for cls in (Shape, Incomplete):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
try:
    Triangle(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)

print(sorted(Shape.__abstractmethods__), sorted(Incomplete.__abstractmethods__), Circle.__abstractmethods__)


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Sprite:
    def draw(self):
        return "sprite drawn"


class Text:
    pass


Drawable.register(Text)
print(isinstance(Sprite(), Drawable), isinstance(Text(), Drawable), issubclass(int, Drawable))
print(isinstance(Circle(1), Shape), issubclass(Rect, ABC), Shape.describe.__qualname__)
