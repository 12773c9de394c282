from .vectors import Vector

created = 0


class Polygon:
    def __init__(self, points: list):
        global created
        created += 1
        self.points = points

    def perimeter(self) -> float:
        total = 0.0
        n = len(self.points)
        for i in range(n):
            total += (self.points[(i + 1) % n] - self.points[i]).length()
        return total

    def centroid(self) -> Vector:
        n = len(self.points)
        return Vector(sum(p.x for p in self.points) / n, sum(p.y for p in self.points) / n)
