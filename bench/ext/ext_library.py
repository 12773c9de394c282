"""A library module as people write one: annotated, and with no calls of
its own, so the annotations alone give the compiled code its types."""


class Point:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def distance2(self, other: "Point") -> float:
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy


def nearest(points: list[Point], target: Point) -> int:
    best = -1
    best_distance = 1e300
    for index, point in enumerate(points):
        distance = point.distance2(target)
        if distance < best_distance:
            best_distance = distance
            best = index
    return best


def collatz_steps(limit: int) -> int:
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > longest:
            longest = steps
    return longest
