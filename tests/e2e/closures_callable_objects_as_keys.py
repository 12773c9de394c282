class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x * self.k
class Box:
    def __init__(self, v): self.v = v
    def key(self, x): return abs(x - self.v)
double = Multiplier(2)
print(list(map(double, [1, 2, 3])), sorted([3, -1, 2], key=double))
b = Box(2)
print(sorted([5, 1, 2, 3], key=b.key), list(map(b.key, [0, 4])), max([1, 9, 3], key=b.key))
zero = Multiplier(0)
print(list(filter(zero, [1, 2])), sorted([3, -1, 2], key=double))
