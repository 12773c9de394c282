def maybe(n):
    return n if n > 0 else None

def describe(v):
    if v is None:
        return "none"
    if isinstance(v, str):
        return "str:" + v
    return "int:" + str(v)

items = []
for n in [3, -1, 0, 8]:
    items.append(maybe(n))
items.append("hello")
print(items)
print([describe(v) for v in items])
mixed = [maybe(2), "x", maybe(-2), 1.5]
for m in mixed:
    print(type(m).__name__, m)
val = maybe(4)
val2 = val if val is not None else "default"
print(val2)
val3 = maybe(-4)
val4 = val3 if val3 is not None else "default"
print(val4)
