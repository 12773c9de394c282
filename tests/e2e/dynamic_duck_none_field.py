# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): none field.
class A:
    def __init__(self): self.child = None
class B:
    def __init__(self): self.child = A()
xs = [B(), A()]
for x in xs:
    print(x.child is None)
print(xs[0].child.child)
print(xs[1].child.child)
