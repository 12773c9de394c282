# Bit operators, shifts, unary + and ~ on values of several types: CPython's
# results (bool & bool is a bool) and TypeErrors.
values = [6, True, False, 3, -8, 2.5, "s", None]
for a in values:
    for b in values:
        for name in ["&", "|", "^", "<<", ">>"]:
            try:
                if name == "&":
                    r = a & b
                elif name == "|":
                    r = a | b
                elif name == "^":
                    r = a ^ b
                elif name == "<<":
                    r = a << b
                else:
                    r = a >> b
                print(repr(a), name, repr(b), "=", repr(r), type(r).__name__)
            except (TypeError, ValueError) as e:
                print(repr(a), name, repr(b), type(e).__name__, e)
for v in values:
    try:
        print("~", repr(v), ~v)
    except TypeError as e:
        print("~", repr(v), "TypeError", e)
    try:
        print("+", repr(v), +v)
    except TypeError as e:
        print("+", repr(v), "TypeError", e)
flags = [1, 2, 4, True]
mask = 0
for f in flags:
    mask |= f
print(mask, mask << 3, mask >> 1)
