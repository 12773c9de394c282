# Objects the way modern code writes them: dataclasses with ordering and
# hashing, an enum, objects as dict keys and set members, sorting by
# __lt__, in-place vector arithmetic and callbacks held as bound methods.
from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    SMALL = 1
    MEDIUM = 2
    LARGE = 3


@dataclass(order=True, frozen=True)
class Cell:
    x: int
    y: int


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)


class Tally:
    def __init__(self):
        self.counts = {}

    def record(self, kind):
        self.counts[kind] = self.counts.get(kind, 0) + 1


def classify(cell):
    size = (cell.x * 7 + cell.y * 13) % 10
    if size < 5:
        return Kind.SMALL
    if size < 8:
        return Kind.MEDIUM
    return Kind.LARGE


def main():
    seed = 12345
    cells = []
    for _ in range(200000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        cells.append(Cell(seed % 500, (seed // 500) % 500))
    unique = set(cells)
    ordered = sorted(unique)
    tally = Tally()
    record = tally.record
    for cell in ordered:
        record(classify(cell))
    seen = {}
    for cell in cells:
        seen[cell] = seen.get(cell, 0) + 1
    position = Vec(0.0, 0.0)
    step = Vec(0.5, -0.25)
    for i in range(300000):
        position += step * (i % 3)
    print(len(unique), ordered[0], ordered[-1], max(seen.values()))
    print([(kind.name, tally.counts.get(kind, 0)) for kind in Kind])
    print(round(position.x, 2), round(position.y, 2))


main()
