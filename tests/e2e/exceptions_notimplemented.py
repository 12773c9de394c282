class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        raise NotImplementedError(f"{self.name} must implement area()")

    def describe(self) -> str:
        try:
            return f"{self.name} with area {self.area()}"
        except NotImplementedError as e:
            return f"{self.name}: {e}"


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Blob(Shape):
    def __init__(self) -> None:
        super().__init__("blob")


shapes: list[Shape] = [Rect(2.0, 3.5), Blob(), Rect(1.5, 1.5), Shape("generic")]
for s in shapes:
    print(s.describe())

total = 0.0
skipped = 0
for s in shapes:
    try:
        total += s.area()
    except RuntimeError:
        skipped += 1
print(f"total area {total}, skipped {skipped}")


class Counter:
    def __init__(self, limit: int) -> None:
        self.i = 0
        self.limit = limit

    def advance(self) -> int:
        if self.i >= self.limit:
            raise StopIteration("counter exhausted")
        self.i += 1
        return self.i


c = Counter(3)
got: list[int] = []
while True:
    try:
        got.append(c.advance())
    except StopIteration as e:
        print(f"stopped: {e}")
        break
print(got)
