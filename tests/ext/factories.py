"""Class methods called from CPython: alternative constructors that make
instances of the class they are called on (a compiled subclass too)."""


class Vector:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    @classmethod
    def from_pair(cls, pair: tuple[float, float]) -> "Vector":
        return cls(pair[0], pair[1])

    @classmethod
    def zero(cls):
        return cls(0.0, 0.0)

    @classmethod
    def kind(cls) -> str:
        return cls.__name__

    def norm2(self) -> float:
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Scaled(Vector):
    def norm2(self) -> float:
        return 4.0 * (self.x * self.x + self.y * self.y)
