# Found by an adversarial review of function and class granularity; checked
# against python3.
class Key:
    def __init_subclass__(cls):
        pass
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Key) else other)
    def __hash__(self):
        return hash(self.v)
print((Key(1),) == (1,), (1,) == (Key(1),), (Key(1), 2) == (1, Key(2)), [Key(1)] == [1], [1] == [Key(1)], (Key(1), Key(2)) == (Key(1), Key(2)), 2 == Key(2))
