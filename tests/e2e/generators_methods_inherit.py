class Shape:
    def __init__(self, name):
        self.name = name

    def points(self):
        yield (0, 0)

    def describe(self):
        pts = list(self.points())
        return self.name + " with " + str(len(pts)) + " points"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def points(self):
        yield (0, 0)
        yield (self.w, 0)
        yield (self.w, self.h)
        yield (0, self.h)


class Grid(Shape):
    def __init__(self, n):
        super().__init__("grid")
        self.n = n

    def points(self):
        for y in range(self.n):
            for x in range(self.n):
                yield (x, y)

    def __iter__(self):
        yield from self.points()


shapes = [Shape("dot"), Rect(4, 2), Grid(3)]
for s in shapes:
    print(s.describe())
    xs = [p[0] for p in s.points()]
    print("  max x:", max(xs), "bbox sum:", sum(x + y for x, y in s.points()))

g = Grid(2)
print(list(g))
print(dict((p, i) for i, p in enumerate(g)))


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty

    def low_stock(self, limit):
        for name in sorted(self.items):
            if self.items[name] < limit:
                yield name

    def __iter__(self):
        for name in sorted(self.items):
            yield (name, self.items[name])


inv = Inventory()
for name, q in [("bolts", 40), ("nuts", 3), ("gears", 7), ("nuts", 2), ("springs", 1)]:
    inv.add(name, q)
print(list(inv))
print("low:", list(inv.low_stock(8)))
print("total:", sum(q for _, q in inv))
print(", ".join(n + "=" + str(q) for n, q in inv))
