def tags_for(n):
    if n % 4 == 0:
        return None
    return {n % 2, n % 3}
def coords(s):
    parts = s.split()
    if not parts:
        return None
    return tuple(int(p) for p in parts)
def names(k):
    if k:
        return ["a", "b"]
    return None
all_tags = set()
for n in range(8):
    t = tags_for(n)
    if t:
        all_tags |= t
print(sorted(all_tags))
a = coords("9 8")
print(a + (1,), (0,) + a, a * 2)
print(names(1) + ["c"], ["z"] + names(1))
both = {5} | tags_for(3)
print(sorted(both))
try:
    print(coords("") + (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print(["z"] + names(0))
except TypeError as e:
    print("TypeError", e)
try:
    all_tags |= tags_for(0)
except TypeError as e:
    print("TypeError", e)
try:
    print(coords("") * 2)
except TypeError as e:
    print("TypeError", e)
lst = ["q"]
try:
    lst += names(0)
except TypeError as e:
    print("TypeError", e)
print((1, 2) + coords(""))
