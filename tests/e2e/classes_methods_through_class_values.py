class Shape:
    @classmethod
    def create(cls, n):
        return cls(n)
    def __init__(self, n):
        self.n = n
    @staticmethod
    def unit():
        return "m"
class Sq(Shape):
    @classmethod
    def create(cls, n):
        return cls(n * n)
for k in [Shape, Sq]:
    s = k.create(3)
    print(type(s).__name__, s.n, k.unit())
