# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): tree recursion.
class Leaf:
    def __init__(self, v):
        self.v = v
    def total(self):
        return self.v
    def depth(self):
        return 1
    def items(self):
        return [self.v]
class Node:
    def __init__(self, kids):
        self.kids = kids
    def total(self):
        return sum(k.total() for k in self.kids)
    def depth(self):
        return 1 + max(k.depth() for k in self.kids)
    def items(self):
        out = []
        for k in self.kids:
            out.extend(k.items())
        return out
def build(n):
    if n == 0:
        return Leaf(1)
    return Node([build(n - 1), Leaf(n), build(n - 1)])
t = build(6)
print(t.total(), t.depth(), len(t.items()), t.items()[:10])
