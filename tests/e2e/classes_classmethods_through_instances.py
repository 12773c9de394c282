class Shape:
    sides = 0
    label = "shape"
    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides ({cls.label})"
    @classmethod
    def create(cls):
        return cls()
    def info(self):
        return self.describe()
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
    label = "quad"
print(Shape.describe(), Triangle.describe(), Square.describe())
shapes = [Triangle(), Square(), Shape()]
for s in shapes:
    print(s.describe(), "|", s.info(), "|", type(s.create()).__name__)
