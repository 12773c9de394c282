class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def freezing(cls):
        return cls(0.0)
    @staticmethod
    def describe(c):
        return "cold" if c < 10 else "warm"
    def __repr__(self):
        return f"{type(self).__name__}({self.celsius:.1f})"
class Kelvinish(Temperature):
    pass
print(Temperature.from_fahrenheit(212.0))
print(Kelvinish.from_fahrenheit(32.0))
print(Temperature.freezing(), Kelvinish.freezing())
print(Temperature.describe(5.0))
class Date:
    def __init__(self, y, m, d):
        self.y = y; self.m = m; self.d = d
    @classmethod
    def parse(cls, text):
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))
    def __str__(self):
        return f"{self.d:02d}/{self.m:02d}/{self.y}"
print(Date.parse("2024-03-07"))
