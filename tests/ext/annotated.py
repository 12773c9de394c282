"""A library module as people write one: annotated, with no calls of its own.
Each function is compiled for its annotations, and for CPython objects for
any other arguments."""

class Point:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def dist2(self, other: "Point") -> float:
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy

    def scaled(self, k: float) -> "Point":
        return Point(self.x * k, self.y * k)


def neg(x: int) -> int:
    return -x

def half(x: float) -> float:
    return x / 2

def total(xs: list[float]) -> float:
    s = 0.0
    for v in xs:
        s += v
    return s

def count_words(words: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

def nearest(points: list[Point], target: Point) -> int:
    best = -1
    best_d = 1e300
    for i, p in enumerate(points):
        d = p.dist2(target)
        if d < best_d:
            best_d = d
            best = i
    return best

def maybe(p: "Point | None") -> float:
    if p is None:
        return -1.0
    return p.x

def pair_sum(t: tuple[int, int]) -> int:
    return t[0] + t[1]

def sum_all(t: tuple[int, ...]) -> int:
    s = 0
    for v in t:
        s += v
    return s

def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
