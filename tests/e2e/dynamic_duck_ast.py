# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): ast.
class Num:
    def __init__(self, v):
        self.v = v
    def ev(self, env):
        return self.v
    def show(self):
        return str(self.v)
class Var:
    def __init__(self, n):
        self.n = n
    def ev(self, env):
        return env[self.n]
    def show(self):
        return self.n
class Add:
    def __init__(self, l, r):
        self.l = l
        self.r = r
    def ev(self, env):
        return self.l.ev(env) + self.r.ev(env)
    def show(self):
        return "(" + self.l.show() + " + " + self.r.show() + ")"
class Mul:
    def __init__(self, l, r):
        self.l = l
        self.r = r
    def ev(self, env):
        return self.l.ev(env) * self.r.ev(env)
    def show(self):
        return f"{self.l.show()} * {self.r.show()}"
e = Add(Mul(Num(3), Var("x")), Add(Var("y"), Num(1)))
print(e.show(), "=", e.ev({"x": 4, "y": 10}))
e2 = Mul(e, e)
print(e2.ev({"x": 1, "y": 1}))
try:
    print(e.ev({"x": 1}))
except KeyError as ex:
    print("missing", ex)
