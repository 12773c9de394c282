# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): wrong arity uncaught.
class A:
    def f(self): return 1
class B:
    def f(self, a, b=2): return a + b
objs = [B(), A()]
for o in objs:
    print(o.f(5))
