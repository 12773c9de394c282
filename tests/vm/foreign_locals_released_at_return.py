# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import weakref
import functools
import json
x = json.loads("[]")
probe = json.loads("[]")
def a():
    p = functools.partial(max, x)
    probe.append(weakref.ref(p))
    return json.dumps(1)
def b():
    p = functools.partial(max, x)
    probe.append(weakref.ref(p))
    s = json.dumps(1)
    return s
def c():
    p = functools.partial(max, x)
    probe.append(weakref.ref(p))
    return 5
def d():
    p = functools.partial(max, x)
    probe.append(weakref.ref(p))
    return "s"
def e(flag):
    p = functools.partial(max, x)
    probe.append(weakref.ref(p))
    if flag:
        return 1
    return 2
a()
b()
c()
d()
e(True)
e(False)
for r in probe:
    print(r() is None)
