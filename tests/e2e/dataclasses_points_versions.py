from dataclasses import dataclass
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(1)
q = Point(1, 0)
print(p, p == q, p is q, p.norm1())
print(Point(3, -4).norm1(), Point(y=2, x=5))
try:
    print({p})
except TypeError as e:
    print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    label: str = "final"

vs = [Version(1, 2), Version(1, 0, "beta"), Version(0, 9)]
print(sorted(vs))
print(max(vs), Version(1, 2) in vs, Version(1, 2) < Version(1, 3))
print(len({Version(1, 2), Version(1, 2), Version(2, 0)}))
counts = {Version(1, 0): 3}
print(counts[Version(1, 0)])

@dataclasses.dataclass
class Inventory:
    name: str
    count: int = 0
    def __repr__(self):
        return f"<{self.name} x{self.count}>"

items = [Inventory("apple", 3), Inventory("pear")]
items[1].count += 2
print(items, items[0] == Inventory("apple", 3), items[0] != Inventory("apple", 4))

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
