# A __str__ that assigns an attribute runs while a live instance dict is
# printed or iterated: CPython shows the new attribute, or raises because
# the dict changed size. A new dict could not, so CPython runs these.
class W:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __str__(self):
        self.shown = True
        return "W"


w = W()
print(w, vars(w))
v = W()
for key in vars(v):
    print(key, v)
