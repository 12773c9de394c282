# A type's __module__ is not native yet: refused, so the program runs in CPython.
class E(Exception):
    pass
try:
    raise E("x")
except E as e:
    print(type(e).__module__, type(e).__name__)
