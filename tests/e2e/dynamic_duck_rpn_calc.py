# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): rpn calc.
class Num:
    def __init__(self, v): self.v = v
    def apply(self, stack): stack.append(self.v)
class Op:
    def __init__(self, sym): self.sym = sym
    def apply(self, stack):
        b = stack.pop(); a = stack.pop()
        if self.sym == "+": stack.append(a + b)
        elif self.sym == "-": stack.append(a - b)
        elif self.sym == "*": stack.append(a * b)
        elif self.sym == "/": stack.append(a / b)
def tokenize(s):
    out = []
    for t in s.split():
        out.append(Op(t) if t in "+-*/" else Num(float(t) if "." in t else int(t)))
    return out
for expr in ["3 4 +", "2 3 4 * +", "1.5 2 *", "7 2 /", "1 0 /", "1 +"]:
    st = []
    try:
        for tok in tokenize(expr):
            tok.apply(st)
        print(expr, "=", st)
    except ZeroDivisionError as e:
        print(expr, "ZDE", e)
    except IndexError as e:
        print(expr, "IE", e)
