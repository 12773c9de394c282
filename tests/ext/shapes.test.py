import pickle, copy
import shapes
from shapes import Circle, Rect, Shape, total_area, biggest
print(Shape.__doc__, Shape.__module__, Shape.__qualname__, Shape.kind, Circle.kind)
c = Circle(2.0)
print(c, c.radius, c.name, c.kind, round(c.area(), 4))
print(c.describe())
r = Rect(3.0, 4.0)
print(r.width, r.height, r.perimeter, r.area())
r.width = 5.0
print(r.area(), r.perimeter)
print(isinstance(c, Shape), isinstance(r, Circle), issubclass(Rect, Shape))
print(round(total_area([c, r, Shape("x")]), 4))
print(biggest(c, r) is r, biggest(c, r))
print(r == Rect(5.0, 4.0), r == 3, r != Rect(1.0, 1.0))
s = r.scaled(0.5)
print(type(s).__name__, s.width, s.height)
r.depth = 3
print(r.depth)
try:
    Shape("a").radius
except AttributeError as e:
    print("AttributeError", e)
p = pickle.loads(pickle.dumps(r))
print(type(p).__name__, p.width, p.height, p == r)
q = copy.deepcopy(c)
print(q.radius, q is c)
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.label = "sq"
    def diagonal(self):
        return self.width * 2 ** 0.5
sq = Square(3.0)
print(sq.area(), sq.label, round(sq.diagonal(), 3), sq.describe(), isinstance(sq, Shape))
print(round(total_area([sq, c]), 3))
print(biggest(sq, Rect(1.0, 1.0)) is sq)
