# A parameter rebound to a value of another type in the body: the argument is
# boxed on entry (was a crash).
def f(b):
    if len(b) > 3:
        b = 7
    return b
print(f("x"), f("long one"))
def g(a, b):
    a, b = b, a
    return a, b
print(g(1, "x"))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(True, 4), gcd(12, 18))
def to_int(x):
    if type(x) is str:
        x = int(x)
    return x | 0
print(to_int("12"), to_int(5))
def h(v):
    v = v * 1.5
    return v
print(h(2), h(3))
