from dataclasses import dataclass

@dataclass(frozen=True)
class D:
    x: int

    def __post_init__(self):
        print("post_init", self.x)

D(1)
print("end")

@dataclass
class Interval:
    low: int
    high: int
    def __post_init__(self):
        if self.low > self.high:
            raise ValueError(f"empty interval {self.low}..{self.high}")

print(Interval(1, 5))
try:
    Interval(5, 1)
except ValueError as e:
    print("ValueError:", e)
