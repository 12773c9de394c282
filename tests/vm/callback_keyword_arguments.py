# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import atexit
import functools
import json

def fmt(label, value):
    return label + "=" + str(value)
atexit.register(fmt, "x", value=1)
f1 = functools.partial(fmt, "a")
print(f1(1))
f2 = functools.partial(fmt, value=2)
print(f2("b"))
print(list(map(functools.partial(fmt, value=0), json.loads('["p", "q"]'))))
