# Uses of CPython's live instance dict that a new dict would get wrong
# (kept, stored into, iterated while attributes change): CPython runs them.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def to_dict(self):
        return vars(self)

    def bump_all(self):
        for key in vars(self):
            setattr(self, key, getattr(self, key) + 1)


def live_view(p):
    d = p.__dict__
    p.z = 3
    print(d)


def mutate(p):
    for k, v in vars(p).items():
        p.w = 1


p = Point(1, 2)
d = p.to_dict()
d["x"] = 100
print(p.x)
live_view(p)
p.bump_all()
print(vars(p))
try:
    mutate(p)
except RuntimeError as e:
    print("RuntimeError", e)
p.__dict__["q"] = 5
print(p.q)
