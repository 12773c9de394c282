class E:
    def __init__(self, t):
        self.t = t
    def __lt__(self, other):
        return self.t < other.t
print(min(E(t) for t in [4, 2, 9]).t)
