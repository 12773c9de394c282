# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): arity.
class A:
    def f(self, x):
        return x + 1
class B:
    def f(self):
        return 0
for o in [A(), B()]:
    try:
        print(o.f(1))
    except TypeError as e:
        print("TypeError:", e)
