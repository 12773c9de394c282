# Creating classes dynamically with type(name, bases, namespace)
def make_record_class(name, fields, base=object):
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name} takes {len(fields)} positional arguments")
        values = dict(zip(fields, args))
        values.update(kwargs)
        for f in fields:
            setattr(self, f, values.get(f))

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)

    def as_tuple(self):
        return tuple(getattr(self, f) for f in fields)

    ns = {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__, "as_tuple": as_tuple,
          "_fields": tuple(fields), "__hash__": None}
    return type(name, (base,), ns)


Point = make_record_class("Point", ["x", "y"])
Color = make_record_class("Color", ["r", "g", "b"])
p = Point(3, 4)
print(p, p.as_tuple(), Point._fields)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
print(Color(255, 128, b=0))
print(type(p).__name__, type(Point).__name__, Point.__bases__[0].__name__)


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


shape_classes = {}
for sname, sides in [("Triangle", 3), ("Square", 4), ("Pentagon", 5), ("Hexagon", 6)]:
    shape_classes[sname] = type(sname, (Shape,), {"sides": sides, "angle_sum": (sides - 2) * 180})

for cls in shape_classes.values():
    inst = cls()
    print(inst.describe(), "angle sum", cls.angle_sum, isinstance(inst, Shape))

ColoredPoint = type("ColoredPoint", (Point,), {"color": "red", "__repr__": lambda self: f"ColoredPoint({self.x}, {self.y}, {self.color})"})
cp = ColoredPoint(7, 8)
print(cp, cp.as_tuple(), [c.__name__ for c in ColoredPoint.__mro__])

Empty = type("Empty", (), {})
e = Empty()
e.anything = 1
print(type(e).__name__, vars(e))

def make_enum_like(name, members):
    ns = {m: i for i, m in enumerate(members)}
    ns["names"] = classmethod(lambda cls: list(members))
    return type(name, (), ns)

Weekday = make_enum_like("Weekday", ["MON", "TUE", "WED"])
print(Weekday.TUE, Weekday.names(), Weekday.__name__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(hash(Point) is not None, Point.__hash__ is None)
