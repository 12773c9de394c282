def add(a, b): return a + b
def mul(a, b): return a * b
ops = [add, mul]
for op in ops:
    print(op(3, 4))
table = {'+': add, '*': mul}
print(table['*'](5, 6))
class A:
    def __init__(self, n): self.n = n
    def get(self): return self.n
a = A(7)
m = a.get
print(m())
fs = [A(1).get, A(2).get]
print([f() for f in fs])
class Outer:
    class Inner:
        def __init__(self): self.v = 3
    def make(self): return Outer.Inner()
print(Outer().make().v)
k = A
print(k(9).n)
