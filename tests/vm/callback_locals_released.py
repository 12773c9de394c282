# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import re
import weakref
import functools
import json

probe = json.loads("[]")
def cb(m):
    holder = functools.partial(str, m.group(0))
    probe.append(weakref.ref(holder))
    return holder().upper()
print(re.sub(r"\w+", cb, "alpha beta gamma"))
print("alive after re.sub:", sum(1 for r in probe if r() is not None))
closed = []
def on_close(name):
    closed.append(name)
def key(row):
    tmp = functools.partial(max, row["v"], 0)
    weakref.finalize(tmp, on_close, row["n"])
    return tmp()
rows = json.loads('[{"n": "a", "v": 3}, {"n": "b", "v": 1}]')
print([r["n"] for r in sorted(rows, key=key)])
print("finalized:", sorted(closed))
