# A store the class's __slots__ does not list raises AttributeError in CPython; the native compiler refuses it, so the program runs in CPython.
class A:
    __slots__ = ("x",)
    def __init__(self): self.x = 1
class B:
    def __init__(self): self.x = 2
for o in [A(), B()]:
    o.x = o.x + 10
    print(o.x)
    try:
        o.y = 5
        print("set y", o.y)
    except AttributeError as e:
        print("AE", e)
