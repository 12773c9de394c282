# getattr/hasattr with computed names on the program's instances: bound in dict kwargs.
class Calc:
    def __init__(self, base):
        self.base = base
    def add(self, x, y=0, *, scale=1):
        return (self.base + x + y) * scale
    def sub(self, x, y=0, *, scale=1):
        return (self.base - x - y) * scale

c = Calc(10)
ops = {}
for n in ["add", "sub"]:
    ops[n] = getattr(c, n)
print(ops["add"](1, y=2, scale=3))
print(ops["sub"](x=1, scale=2))
lst = [getattr(c, n) for n in ["sub", "add", "add"]]
print([f(5, scale=2) for f in lst])
c.base = 100
print(ops["add"](1))
