# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): kwargs defaults.
class A:
    def f(self, x, y=10):
        return ("A", x, y)
class B:
    def f(self, x, y=20, *, z=1):
        return ("B", x, y, z)
for o in [A(), B()]:
    print(o.f(1))
    print(o.f(1, 2))
    print(o.f(x=5))
    print(o.f(1, y=7))
b = [A(), B()][1]
print(b.f(1, z=9))
a = [A(), B()][0]
try:
    a.f(1, z=9)
except TypeError as e:
    print("TE", e)
