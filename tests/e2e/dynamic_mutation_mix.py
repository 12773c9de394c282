# Lists of mixed values mutated in place and through copies, dict items of
# mixed keys, operations that fail inside try/except, and mixed and/or.
class Box:
    def __init__(self, v):
        self.v = v


b = Box(1)
b.v = "one"
items = [b.v, Box(2).v]
print(items, b.v * 2)
data = [3, "x", 1.5]
data.sort(key=str)
print(data)
data.reverse()
print(data, data[::-1], data[1:], data.copy())
data[0] = None
data.insert(1, (1, "t"))
data.extend(["y", 2])
print(data)
del data[0]
print(data, len(data))
data[1:3] = [9, "z"]
print(data)
def first(values):
    return values[0] if values else None


print(first([1, 2]), first([]), first(["a"]))
pairs = {1: "a", "b": 2, (1, 2): [3]}
for k, v in pairs.items():
    print(k, v)
print(list(pairs.values()), list(pairs.keys()))
pairs.update({3.5: None})
print(pairs, (1, 2) in pairs, pairs.setdefault("b", 0))
copy = dict(pairs)
print(copy == pairs)
def risky(v):
    try:
        return v + 1
    except TypeError as e:
        return "bad: " + str(e)


for v in [1, "a", None, 2.5, True]:
    print(risky(v))
x = 5
x = x if x > 3 else "small"
print(x)
y = "a" or 0
z = 0 or "b"
w = None and 3
print(y, z, w)
vals = [1, "a", 2.5, None, (1, 2), [3], {"k": 4}]
print([type(v).__name__ for v in vals])
print({repr(v): i for i, v in enumerate(vals) if not isinstance(v, (list, dict))})
print(sorted([3, 1.5, True, -2]))
print(sorted(["b", "a"]) + [1])
counts = {}
for v in vals:
    counts[type(v).__name__] = counts.get(type(v).__name__, 0) + 1
print(counts)
s = set()
for v in [1, "1", 1.0, True, "a"]:
    s.add(v)
print(len(s), sorted(s, key=repr))
a = [1, 2]
c = a.copy()
c.append("x")
print(a, c)
s = sorted(a)
s.append(None)
print(s)
r = list(reversed(a))
r.append(2.5)
print(r)
m = a * 2
m.append("m")
print(m)
f = [a[0]] * 3
f.append("f")
print(f)
comp = [v for v in a]
comp.append("c")
print(comp)
t = tuple(a)
u = list(t)
u.append("u")
print(u, t)
kd = {1: "a"}.copy()
kd["z"] = 3
print(kd)
st = {1, 2}.union({3})
st.add("q")
print(len(st))
