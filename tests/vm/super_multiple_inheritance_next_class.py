# super().__init__() in A continues with B when the instance is a C(A, B):
# the native compiler refuses the call (it resolves super() from the static
# class), so CPython runs the program.
class A:
    def __init__(self):
        self.a = 1
        super().__init__()


class B:
    def __init__(self):
        self.b = 2


class C(A, B):
    pass


c = C()
print(c.a, c.b)
