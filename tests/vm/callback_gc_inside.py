# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import gc
import json
import re
import collections
import functools

data = json.loads(json.dumps(list(range(50))))
def k(x):
    if x % 10 == 0:
        gc.collect()
    tmp = json.loads("[[1], [2]]")
    tmp.append(tmp)
    return -x
print(sorted(data, key=k)[:5])
made = []
def fac():
    gc.collect()
    inner = collections.defaultdict(lambda: len(made))
    made.append(inner)
    return len(made)
dd = collections.defaultdict(fac)
for w in json.loads('["a", "b", "a", "c"]'):
    dd[w] += 10
print(sorted(dd.items()))
print([m["q"] for m in made])
def outer_cb(m):
    n = int(m.group(0))
    r = functools.reduce(lambda a, b: a * 2 + b, json.loads(json.dumps(list(range(n)))), 0)
    gc.collect()
    return str(r)
print(re.sub(r"\d+", outer_cb, "3 5 8"))
