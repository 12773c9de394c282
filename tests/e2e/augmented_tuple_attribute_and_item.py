# Augmented assignment of tuples held in attributes and items.
class N:
    def __init__(self):
        self.t = (1,)
n = N()
n.t += (2,)
print(n.t)
n.t *= 2
print(n.t)
d = {"k": (1, 2)}
d["k"] += (3,)
print(d)
l = [(1,)]
l[0] *= 2
print(l)
