# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import functools
import json

@functools.singledispatch
def show(x):
    return "obj:" + str(x)
@show.register(int)
def _(x):
    return "int:" + str(x + 1)
@show.register(str)
def _(x):
    return "str:" + x.upper()
@show.register(list)
def _(x):
    return "list:" + str(len(x))
print(show(5), show("ab"), show(2.5))
print(list(map(show, json.loads('[1, "x", [1, 2], null, true]'))))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(a):
        return "<" + str(fn(a)) + ">"
    return wrapper
@deco
def twice(a):
    return a * 2
print(twice(3), twice.__name__, list(map(twice, json.loads("[1, 2]"))))
