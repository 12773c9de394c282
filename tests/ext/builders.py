"""Constructing instances of compiled classes from CPython: with and
without `__init__`, keywords, defaults, an inherited `__init__`, one that
raises, and Python subclasses."""


class Empty:
    def size(self) -> int:
        return 0


class Pair:
    def __init__(self, first: int, second: int = 10):
        if first < 0:
            raise ValueError("first must not be negative")
        self.first = first
        self.second = second

    def total(self) -> int:
        return self.first + self.second


class Triple(Pair):
    def extra(self) -> int:
        return self.total() * 3


class Named(Pair):
    def __init__(self, name: str, first: int):
        super().__init__(first, 1)
        self.name = name

    def label(self) -> str:
        return self.name + ":" + str(self.total())


def build(n: int) -> int:
    total = 0
    for i in range(n):
        total += Pair(i).total() + Triple(i, i).extra() + len(Named("n", i).label())
    return total + Empty().size()


if __name__ == "__main__":
    print(build(10))
