# Classes with `__slots__` whose instances only take the listed attributes
# compile natively (a store of another name would be refused).


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


class Labeled(Point):
    __slots__ = ["label"]

    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


class Loose(Point):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.extra = x * y


points = [Point(1, 2), Labeled(3, 4, "a").moved(1), Loose(2, 5)]
for p in points:
    print(p.x, p.y)
label = Labeled(0, 0, "origin")
label.label = label.label.upper()
print(label.label, Loose(3, 3).extra, Point.__slots__, Labeled.__slots__)
