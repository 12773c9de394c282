# A right operand of a proper subclass answers a comparison first, as in
# CPython, also inside containers.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        print("Money.__eq__")
        return self.cents == other.cents
    def __lt__(self, other):
        print("Money.__lt__")
        return self.cents < other.cents
    def __gt__(self, other):
        print("Money.__gt__")
        return self.cents > other.cents
    def __hash__(self):
        return hash(self.cents)

class Tip(Money):
    def __eq__(self, other):
        print("Tip.__eq__")
        return False

class Fee(Money):
    pass

m, t, f = Money(5), Tip(5), Fee(7)
print(m == t)
print(m != t)
print(m < f)
print(f > m)
print(t == m)
print(m in [t], m in [Money(5)])
print([x.cents for x in sorted([f, m, Fee(1)], key=lambda x: x.cents)])
