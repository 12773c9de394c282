"""A class with several bases: a CPython type over all of them, whose
compiled methods from either base take its instances."""


class Named:
    def __init__(self, name: str):
        self.name = name

    def label(self) -> str:
        return "<" + self.name + ">"


class Sized:
    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return "area " + str(self.area())


class Square(Named, Sized):
    def __init__(self, name: str, side: float):
        Named.__init__(self, name)
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def total_area(shapes: list[Sized]) -> float:
    total = 0.0
    for shape in shapes:
        total += shape.area()
    return total


def labels(items: list[Named]) -> str:
    return ",".join(item.label() for item in items)
