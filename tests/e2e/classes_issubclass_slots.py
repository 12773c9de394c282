class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x + p.y)
class A: pass
class B(A): pass
class C(A): pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), isinstance(B(), A))
for k in [A, B, C]:
    print(k.__name__, issubclass(k, A), issubclass(k, B))
class MyError(ValueError): pass
print(issubclass(MyError, ValueError), issubclass(MyError, Exception), issubclass(MyError, KeyError))
