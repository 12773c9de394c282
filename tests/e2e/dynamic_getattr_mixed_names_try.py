# getattr/hasattr with computed names on the program's instances: mixed names try.
class Rec:
    kind = "rec"
    def __init__(self):
        self.a = 1
        self.b = "two"
    def c(self):
        return 3

r = Rec()
names = ["a", "zz", "b", "kind", "c", "", "a b", "__nothing__", "d"]
for n in names:
    try:
        v = getattr(r, n)
        if n == "c":
            v = v()
        print(repr(n), "->", v)
    except AttributeError as e:
        print(repr(n), "AttributeError:", e)
