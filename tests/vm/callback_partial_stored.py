# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import functools
import json

def scale(k, x):
    return k * x
def offset(a, b, c):
    return a + b - c
registry = json.loads('{}')
registry["double"] = functools.partial(scale, 2)
registry["neg"] = functools.partial(scale, -1)
registry["off"] = functools.partial(offset, 100)
handlers = json.loads('[]')
for n in range(4):
    handlers.append(lambda x: x + n)
vals = json.loads('[1, 2, 3]')
print([registry["double"](v) for v in vals])
print(list(map(registry["neg"], vals)))
print(registry["off"](5, 2))
print(registry["off"](b=5, c=2))
print([h(10) for h in handlers])
p = functools.partial(offset, c=1)
print(p(1, 2))
print(functools.reduce(functools.partial(offset, c=0), vals))
