# getattr/hasattr with computed names on the program's instances: visitor.
class Num:
    def __init__(self, v):
        self.v = v
class Add:
    def __init__(self, l, r):
        self.l = l
        self.r = r
class Mul:
    def __init__(self, l, r):
        self.l = l
        self.r = r
class Neg:
    def __init__(self, e):
        self.e = e

class Evaluator:
    def visit(self, node):
        meth = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return meth(node)
    def generic_visit(self, node):
        raise ValueError("no visitor for " + type(node).__name__)
    def visit_Num(self, node):
        return node.v
    def visit_Add(self, node):
        return self.visit(node.l) + self.visit(node.r)
    def visit_Mul(self, node):
        return self.visit(node.l) * self.visit(node.r)

tree = Add(Num(2), Mul(Num(3), Add(Num(4), Num(5))))
e = Evaluator()
print(e.visit(tree))
try:
    e.visit(Neg(Num(1)))
except ValueError as ex:
    print("error:", ex)
