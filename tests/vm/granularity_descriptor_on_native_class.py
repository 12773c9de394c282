# Found by an adversarial review of function and class granularity; checked
# against python3.
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner=None):
        return self.v * 10

class Item:
    size = Const(4)
    def __init__(self, n):
        self.n = n
    def total(self):
        return self.size + self.n

print(Item(1).total(), Item.size, Item(2).size)
