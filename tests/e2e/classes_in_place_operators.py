class Vec:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
class Body:
    def __init__(self):
        self.pos = Vec(0.0, 0.0)
        self.vel = Vec(1.0, 2.0)
    def step(self, dt):
        self.pos += self.vel * dt
total = Vec(0.0, 0.0)
for i in range(4):
    total += Vec(float(i), 2.0 * i)
print(total)
a = Acc()
a += 3
a += 4
print(a.items)
b = Body()
for _ in range(3):
    b.step(0.5)
print(b.pos)
vs = [Vec(1.0, 1.0), Vec(2.0, 2.0)]
vs[0] += vs[1]
print(vs)
v = Vec(1.5, 2.0)
v *= 3
print(v)
try:
    v -= Vec(1.0, 1.0)
except TypeError as e:
    print(e)
