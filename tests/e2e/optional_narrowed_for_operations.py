def pair(k):
    if k > 0:
        return [k, k + 1]
    return None
def maybe_dict(k):
    if k:
        return {"a": 1}
    return None
def maybe_text(k):
    if k:
        return "abc"
    return None
def flag(k):
    if k == 1:
        return True
    if k == 2:
        return False
    return None
a, b = pair(3)
print(a, b)
d = maybe_dict(1)
d["b"] = 2
print(d)
t = maybe_text(1)
print("b" in t, "z" not in t, 2 in pair(1), 9 in pair(1))
votes = [flag(k % 3) for k in range(10)]
print(sum(1 for v in votes if v is True), sum(1 for v in votes if v is False), sum(1 for v in votes if v is not False))
try:
    x, y = pair(0)
except TypeError as e:
    print("TypeError", e)
try:
    e2 = maybe_dict(0)
    e2["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    print("a" in maybe_text(0))
except TypeError as e:
    print("TypeError", e)
print(3 in pair(0))
