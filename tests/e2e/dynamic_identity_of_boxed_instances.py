# `is` between a boxed value and an instance (or None).
class M:
    pass
S = M()
T = M()
x = [1, S][1]
y = [1, T][0]
print(x is S, x is T, x is not S, S is x, y is S, y is not T)
class A:
    pass
class B:
    pass
a = A()
objs = [a, B()]
print(objs[0] is a, objs[1] is a, a is objs[1])
