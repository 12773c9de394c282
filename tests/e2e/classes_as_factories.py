class Shape:
    def __init__(self, size):
        self.size = size
    def area(self):
        return 0.0
    def __repr__(self):
        return f"{type(self).__name__}({self.size})"
class Square(Shape):
    def area(self):
        return float(self.size * self.size)
class Circle(Shape):
    def area(self):
        return 3.14159 * self.size * self.size
kinds = [Square, Circle, Square]
shapes = []
for i, kind in enumerate(kinds):
    shapes.append(kind(i + 1))
print(shapes)
print([round(s.area(), 2) for s in shapes])
factory = {"sq": Square, "ci": Circle}
print(factory["ci"](2).area())
k = Square
print(k(5).area(), k.__name__)
class Point:
    pass
p_cls = Point
pt = p_cls()
print(type(pt).__name__)
try:
    k()
except TypeError as e:
    print(e)
