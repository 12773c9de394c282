def outer():
    x = 0
    def bump():
        nonlocal x
        x = x + 1
    bump(); bump()
    return x
print(outer())
def types_change():
    value = 1
    def get():
        return value
    value = 2
    return get()
print(types_change())
def nested_nonlocal():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a
    r = mid()
    return a, r
print(nested_nonlocal())
def closure_over_param(x, y=3):
    return lambda: x + y
print(closure_over_param(1)(), closure_over_param(1, 10)())
class Holder:
    def __init__(self, n):
        self.n = n
    def adder(self):
        def add(k):
            return self.n + k
        return add
print(Holder(5).adder()(10))
