# Fixes from a review of special methods and signatures.
class Temperature:
    def __init__(self):
        self._c = 20
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("set", value)
        self._c = value

t = Temperature()
t.celsius += 5
t.celsius *= 2
print(t.celsius)

class Weird:
    def __len__(self):
        return -1

for action in ["len", "bool"]:
    try:
        if action == "len":
            print(len(Weird()))
        else:
            print(bool(Weird()))
    except ValueError as e:
        print("ValueError:", e)

def area(w, h):
    return (w, h)

for call in range(4):
    try:
        if call == 0:
            print(area(1, **{"w": 2, "h": 3}))
        elif call == 1:
            print(area(1, **{"h": 3}))
        elif call == 2:
            print(area(h=1, **{"h": 3, "w": 2}))
        else:
            print(area(**{"w": 1, "h": 2, "d": 3}))
    except TypeError as e:
        print("TypeError:", e)
class Bag:
    def __init__(self): self.items = [1, 2, 2]
    def __contains__(self, x): return self.items.count(x)
b = Bag()
print(2 in b, 5 in b, 5 not in b)
