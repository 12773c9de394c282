class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
t = (P(1), P(2))
print(P(2) in t, t.count(P(1)), t[0] in t, P(2) in list(t), t.index(P(2)))
class Q:
    pass
a = Q()
print(a in (a,), Q() in (a,))
from enum import Enum
class Color(Enum):
    RED = 1
    BLUE = 2
print(Color.BLUE in (Color.RED, Color.BLUE), (Color.RED, Color.BLUE).index(Color.BLUE))
