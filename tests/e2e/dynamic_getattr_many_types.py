# getattr/hasattr with computed names on the program's instances: many types.
class Leaf:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Leaf(" + str(self.n) + ")"

class Bag:
    tag = "bag"
    def __init__(self):
        self.i = 7
        self.s = "str"
        self.l = [1, 2, 3]
        self.none = None
        self.leaf = Leaf(4)
        self.f = 2.5
        self.d = {"k": 1}
        self.t = (1, "x")
        self.b = True
    def meth(self):
        return "m"

b = Bag()
for n in ["i", "s", "l", "none", "leaf", "f", "d", "t", "b", "tag", "meth", "missing"]:
    v = getattr(b, n, "DEFAULT")
    print(n, type(v).__name__, v if n != "meth" else v())
    if isinstance(v, int):
        print("  int+1 =", v + 1)
    elif isinstance(v, str):
        print("  upper =", v.upper())
    elif isinstance(v, list):
        print("  len =", len(v))
    elif v is None:
        print("  is None")
    elif isinstance(v, Leaf):
        print("  leaf n =", v.n)
