# Classes with __slots__: memory-style records, inheritance and attribute errors
import math


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def __abs__(self):
        return math.sqrt(self.dot(self))

    def __iter__(self):
        yield from (self.x, self.y, self.z)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return f"Vector({self.x:g}, {self.y:g}, {self.z:g})"


class NamedVector(Vector):
    __slots__ = ("label",)

    def __init__(self, label, *coords):
        super().__init__(*coords)
        self.label = label

    def __repr__(self):
        return f"{self.label}:{super().__repr__()}"


class Loose(Vector):
    pass


a = Vector(1, 2, 3)
b = Vector(4, -5, 6)
print(a + b, a - b, 2 * a, a * 0.5)
print("dot", a.dot(b), "cross", a.cross(b), "norm", round(abs(b), 4))
print("orthogonal check:", a.cross(b).dot(a), a.cross(b).dot(b))
print(list(a), tuple(b), a == Vector(1, 2, 3))

try:
    a.w = 10
except AttributeError as e:
    print("AttributeError:", e)

print(hasattr(a, "__dict__"), Vector.__slots__, NamedVector.__slots__)
n = NamedVector("north", 0, 1, 0)
print(n, n.label, isinstance(n, Vector), hasattr(n, "__dict__"))
try:
    n.extra = 1
except AttributeError:
    print("NamedVector also rejects new attributes")

loose = Loose(1, 1, 1)
loose.note = "subclass without slots gets a __dict__"
print(loose, loose.note, vars(loose))

v = Vector()
del v.y
try:
    print(v.y)
except AttributeError:
    print("deleted slot is unset")
v.y = 9
print(v)
points = [Vector(i, i * i, -i) for i in range(5)]
centroid = sum(points, Vector()) * (1 / len(points))
print("centroid:", centroid)
print("farthest:", max(points, key=lambda p: abs(p - centroid)))
print(type(Vector.x).__name__, Vector.x.__name__)
