# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): attr none store.
class A:
    def __init__(self): self.x = 1
class B:
    def __init__(self): self.x = 2
objs = [A(), B(), None]
for o in objs:
    o.x = 5
    print(o.x)
