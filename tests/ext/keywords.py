def scale(values, *, factor=2.0, offset=0.0):
    return [v * factor + offset for v in values]

def clamp(x: float, *, low: float, high: float) -> float:
    return max(low, min(high, x))

class Box:
    def __init__(self, width: float, *, height: float = 1.0):
        self.width = width
        self.height = height

    def area(self, *, scale: float = 1.0) -> float:
        return self.width * self.height * scale

if __name__ == "__main__":
    print(scale([1.0, 2.0], factor=3.0), scale([1.0]), clamp(5.0, low=0.0, high=1.0))
    print(Box(2.0, height=3.0).area(scale=2.0), Box(1.0).area())
