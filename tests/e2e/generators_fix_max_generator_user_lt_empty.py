class E:
    def __init__(self, t):
        self.t = t
    def __lt__(self, other):
        return self.t < other.t
def gen():
    yield E(4)
    yield E(2)
m = max(gen())
print(m.t)
