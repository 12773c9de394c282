# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): shapes.
import math
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def name(self):
        return "circle"
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def name(self):
        return "square"
shapes = [Circle(1), Square(2), Circle(0.5), Square(3)]
total = 0
for s in shapes:
    a = s.area()
    print(s.name(), a, type(a).__name__)
    total += a
print(f"total={total:.4f}")
print(sorted(shapes, key=lambda s: s.area())[0].name())
