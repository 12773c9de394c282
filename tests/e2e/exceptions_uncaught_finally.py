class Resource:
    def __init__(self, name: str) -> None:
        self.name = name
        self.open = True

    def close(self) -> None:
        self.open = False
        print(f"closed {self.name}")


def process(values: list[int]) -> int:
    res = Resource("db")
    try:
        acc = 0
        for v in values:
            if v < 0:
                raise RuntimeError(f"negative value {v} in stream")
            acc += v
            print(f"acc = {acc}")
        return acc
    finally:
        res.close()
        print("finally block ran")


print(process([1, 2, 3]))
print(process([4, 5, -6, 7]))
print("unreachable")
