# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import operator
import functools
import json

def top(a):
    """Top doc."""
    return a
def outer():
    def inner(b):
        return b
    return inner
lam = lambda c: c
get = operator.attrgetter("__name__", "__qualname__", "__doc__", "__module__")
print(get(top))
inner_fn = outer()
print(get(inner_fn))
print(get(lam))
p = functools.partial(top)
print(p.func.__name__, p.func(3))
def deco(fn):
    def wrapper(a):
        return fn(a) + 1
    functools.update_wrapper(wrapper, fn)
    return wrapper
@deco
def inc(a):
    return a
print(inc(1), list(map(inc, json.loads("[1, 2]"))))
