class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
k = K(1)
print(k in [K(2), K(1)], [K(1)] == [K(1)], [K(1)] != [K(2)])
try:
    s = {k}
except TypeError as e:
    print(e)
class N:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print([n.v for n in sorted([N(3), N(1), N(2)])])
print(max([N(3), N(5)]).v)
try:
    sorted([K(1), K(2)])
except TypeError as e:
    print(e)
class H:
    def __hash__(self): return -1
print(hash(H()))
