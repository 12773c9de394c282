class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(self.x, self.y)
    def __invert__(self):
        return Vec(self.y, self.x)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
class Plain:
    pass
v = Vec(3, 4)
print(-v, +v, ~v, abs(v), -(-v))
try:
    print(-Plain())
except TypeError as e:
    print("TypeError:", e)
try:
    print(abs(Plain()))
except TypeError as e:
    print("TypeError:", e)
