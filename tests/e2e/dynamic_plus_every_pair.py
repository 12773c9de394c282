# Review case: + between values of several types, every pair, with CPython's TypeErrors.
def make(kind):
    if kind == 0:
        return [1, 2]
    elif kind == 1:
        return "ab"
    elif kind == 2:
        return (1, "x")
    elif kind == 3:
        return 21
    elif kind == 4:
        return {"a": 1}
    return None

for k in range(6):
    v = make(k)
    try:
        print(k, v + v)
    except TypeError as e:
        print(k, "TypeError:", e)
