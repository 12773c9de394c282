# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): visitor.
class Num:
    def __init__(self, v): self.v = v
    def accept(self, vis): return vis.visit_num(self)
class Neg:
    def __init__(self, e): self.e = e
    def accept(self, vis): return vis.visit_neg(self)
class Add:
    def __init__(self, a, b): self.a, self.b = a, b
    def accept(self, vis): return vis.visit_add(self)
class Eval:
    def visit_num(self, n): return n.v
    def visit_neg(self, n): return -n.e.accept(self)
    def visit_add(self, n): return n.a.accept(self) + n.b.accept(self)
class Show:
    def visit_num(self, n): return str(n.v)
    def visit_neg(self, n): return "-" + n.e.accept(self)
    def visit_add(self, n): return f"({n.a.accept(self)}+{n.b.accept(self)})"
class Count:
    def __init__(self): self.n = 0
    def visit_num(self, n): self.n += 1
    def visit_neg(self, n): self.n += 1; n.e.accept(self)
    def visit_add(self, n):
        self.n += 1
        n.a.accept(self); n.b.accept(self)
e = Add(Num(1), Neg(Add(Num(2), Num(3.5))))
for v in [Eval(), Show(), Count()]:
    r = e.accept(v)
    print(type(v).__name__, r)
c = Count(); e.accept(c); print(c.n)
