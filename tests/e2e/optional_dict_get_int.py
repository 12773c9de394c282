counts = {"apple": 3, "pear": 0, "fig": 7}
for k in ["apple", "pear", "kiwi", "fig"]:
    c = counts.get(k)
    print(k, c, c is None, c == 0)
    if c:
        print("  nonzero", c + 1)
    elif c is None:
        print("  absent")
    else:
        print("  zero")
    print("  ", c if c is not None else -1)
c = counts.get("kiwi")
try:
    print(c + 1)
except TypeError as e:
    print("err:", e)
try:
    print(1 + c)
except TypeError as e:
    print("err:", e)
try:
    print(c < 3)
except TypeError as e:
    print("err:", e)
print(c * 2)
