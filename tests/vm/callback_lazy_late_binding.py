# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import json
import itertools
import collections

data = json.loads("[1, 2, 3]")
k = 1
m = map(lambda x: x * k, data)
k = 10
print(list(m))
threshold = 0
f = filter(lambda x: x > threshold, data)
threshold = 2
print(list(f))
log = []
def tap(x):
    log.append(x)
    return x
m2 = map(tap, data)
print(log)
print(next(m2), log)
data.append(4)
print(list(m2), log)
g = itertools.groupby(json.loads('["aa", "ab", "ba", "bb", "ca"]'), key=lambda s: s[0])
first = next(g)
print(first[0], list(first[1]))
mult = 1
dd = collections.defaultdict(lambda: mult)
print(dd["a"])
mult = 5
print(dd["b"], dd["a"])
def make():
    count = 0
    def factory():
        nonlocal count
        count += 1
        return count
    return collections.defaultdict(factory)
d1 = make()
d2 = make()
print(d1["x"], d1["y"], d2["x"], d1["z"], d2["y"])
