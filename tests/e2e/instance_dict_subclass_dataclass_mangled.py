# Instance dicts of a subclass whose __init__ assigns before super(), of a
# dataclass (whose generated __repr__ reads a field with a class-level
# default, which runs no code), with a private (mangled) name and values of
# several types.
from dataclasses import dataclass


class Base:
    kind = "base"

    def __init__(self, x):
        self.x = x
        self.__secret = x * 2

    @property
    def doubled(self):
        return self.x * 2


class Child(Base):
    def __init__(self, x, y):
        self.y = y
        super().__init__(x)
        self._cache = None


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f"Node({self.value})"


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1


def show(obj):
    for key, value in sorted(vars(obj).items()):
        print(f"  {key}: {value}")


c = Child(1, "why")
print(vars(c))
print(c.doubled, c.kind)
show(c)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(vars(tree))
print(tree.__dict__["children"])
it = Item("pen", 1.5)
print(vars(it))
show(it)
it.qty += 2
print(it.__dict__.copy())
objs = [Base(5), Child(6, 7)]
for o in objs:
    print(type(o).__name__, vars(o))
total = 0
for k, v in vars(it).items():
    if isinstance(v, (int, float)):
        total += v
print(total)
