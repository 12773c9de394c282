def parse(s):
    if s.isdigit():
        return int(s)
    return None

def name_of(k):
    if k > 2:
        return "n" + str(k)
    return None

vals = [parse(t) for t in ["1", "x", "23", "", "7"]]
print(vals)
total = 0
for v in vals:
    if v is not None:
        total += v * 2
    print(v, v == 1, v != 23, v == None, v is None, repr(v), str(v), f"{v!r:>6}|")
print(total)
x = parse("41")
print(x + 1, 1 + x, x * 2.5, x // 3, x % 5, -x if x is not None else 0)
print(x < 50, 50 > x, x == 41.0, x >= 41)
y = parse("q")
try:
    print(y + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(y < 3)
except TypeError as e:
    print("TypeError:", e)
try:
    y += 3
except TypeError as e:
    print("TypeError:", e)
n = name_of(5)
print(n, n.upper() if n else "-", len(n) if n is not None else -1)
m = name_of(1)
print(m or "default", bool(m), not m)
try:
    m.upper()
except AttributeError as e:
    print("AttributeError:", e)
d = {"a": 1, "b": 2}
g = d.get("a")
h = d.get("z")
print(g, h, g is None, h is None, (g or 0) + (h or 0))
print(isinstance(g, int), isinstance(h, int), type(g).__name__, type(h).__name__)
lst = [g, h, 3]
print(lst, lst.count(None))
t = (g, h)
print(t)
s = {g, h}
print(len(s))
dd = {g: "one", h: "none"}
print(dd)
def f(a=None):
    if a is None:
        a = 10
    return a * 2
print(f(), f(3))
flag = None
for i in range(3):
    if i == 2:
        flag = True
print(flag, flag == True)
fl = None
if total > 3:
    fl = 2.5
print(fl, fl * 2 if fl else 0.0)
print(int(name_of(1) or "5"))
print(y == x, x == x)
print(x.__class__.__name__ if x is not None else 0)
print(h + 1)
