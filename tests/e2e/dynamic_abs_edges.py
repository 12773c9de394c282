# Review case: abs() of values of several types: ints, floats, bools, None, strs.
def f(x):
    if x > 0:
        return x
    if x == 0:
        return 0.0
    return -x * 1.0

vals = [f(3), f(0), f(-4), abs(-9223372036854775807), abs(-1 - 2 ** 62)]
for v in vals:
    print(abs(v), abs(-v))
print(abs(float("-inf")), abs(-1e308))
print(abs(True) + abs(False), abs(-True))
def maybe(flag):
    return 5 if flag else None
print(abs(maybe(True)))
try:
    abs(maybe(False))
except TypeError as e:
    print("TypeError:", e)
