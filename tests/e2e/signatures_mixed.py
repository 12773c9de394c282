def f(a, *args):
    print(a, args, len(args))
    for x in args:
        print(x)
f(1)
f(1, 2, 3)
f(1, "x", "y")
def g(a, b=2, **kw):
    print(a, b, kw)
g(1, c=3, d=4)
g(1)
g(b=5, a=0)
def h(a, *, key=None, flag=False):
    print(a, key, flag)
h(1, key=5)
h(2, flag=True, key=7)
def p(a, b, /, c):
    print(a, b, c)
p(1, 2, c=3)
p(1, 2, 3)
t = (1, 2)
def q(x, y):
    return x + y
print(q(*t))
d = {'x': 1, 'y': 5}
print(q(**d))
print(q(1, **{'y': 10}))
def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@deco
def add(a, b, scale=1):
    return (a + b) * scale
print(add(1, 2))
print(add(1, 2, scale=3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3, 4))
def kw_only(*, x, y=2):
    return x * y
print(kw_only(x=4))
try:
    kw_only(1)
except TypeError as e:
    print(e)
try:
    kw_only()
except TypeError as e:
    print(e)
try:
    p(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    q(**{'x': 1, 'z': 2})
except TypeError as e:
    print(e)
try:
    q(**{'y': 1})
except TypeError as e:
    print(e)
class A:
    def m(self, *args, **kw):
        return len(args) + len(kw)
print(A().m(1, 2, z=3))
