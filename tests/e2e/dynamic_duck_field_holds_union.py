# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): field holds union.
class Num:
    def __init__(self, v): self.v = v
class Str:
    def __init__(self, s): self.s = s
class Holder:
    def __init__(self, item): self.item = item
hs = [Holder(Num(1)), Holder(Str("x")), Holder(None)]
for h in hs:
    it = h.item
    if isinstance(it, Num):
        print("num", it.v)
    elif isinstance(it, Str):
        print("str", it.s)
    else:
        print("none")
hs[0].item = Str("changed")
print(hs[0].item.s)
try:
    print(hs[2].item.v)
except AttributeError as e:
    print("AE", e)
