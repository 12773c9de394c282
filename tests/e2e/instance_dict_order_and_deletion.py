# vars(obj) and obj.__dict__ where the dict is used at once: a new dict in
# CPython's attribute order (first assignment; a deleted attribute assigned
# again goes last).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    def __init__(self, x, y, z):
        self.z = z
        super().__init__(x, y)

p = Point(1, 2)
print(vars(p))
print(p.__dict__)
q = Point3(1, 2, 3)
print(vars(q))
for k, v in vars(q).items():
    print(k, v)
del q.x
print(q.__dict__)
q.x = 9
print(sorted(vars(q)))
print(len(q.__dict__), "z" in q.__dict__, q.__dict__["z"])
