# getattr/hasattr with computed names on the program's instances: ast fields visitor.
class Node:
    _fields = ()
class Num(Node):
    _fields = ("value",)
    def __init__(self, value):
        self.value = value
class BinOp(Node):
    _fields = ("left", "op", "right")
    def __init__(self, left, op, right):
        self.left = left
        self.op = op
        self.right = right
class Call(Node):
    _fields = ("func", "args")
    def __init__(self, func, args):
        self.func = func
        self.args = args

class Counter:
    def __init__(self):
        self.counts = {}
    def visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        m = getattr(self, "visit_" + name, None)
        if m is not None:
            m(node)
        self.generic_visit(node)
    def generic_visit(self, node):
        for f in node._fields:
            v = getattr(node, f)
            if isinstance(v, list):
                for x in v:
                    if isinstance(x, Node):
                        self.visit(x)
            elif isinstance(v, Node):
                self.visit(v)
    def visit_Num(self, node):
        self.counts["sum"] = self.counts.get("sum", 0) + node.value

tree = Call("f", [BinOp(Num(1), "+", Num(2)), Num(3), Call("g", [Num(4)])])
c = Counter()
c.visit(tree)
print(sorted(c.counts.items()))
