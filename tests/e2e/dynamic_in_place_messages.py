# TypeError messages of augmented operators on boxed values name the in-place operator.
class C:
    def __init__(self, f):
        self.n = 1 if f else None
c = C(False)
values = [1, None, "a", 2.5]
for v in values:
    for op in range(3):
        x = v
        try:
            if op == 0:
                x += 1
            elif op == 1:
                x -= 2
            else:
                x *= 2
            print(x)
        except TypeError as e:
            print("TypeError:", e)
try:
    c.n += 1
except TypeError as e:
    print("TypeError:", e)
