# Review case: *= on values of several types, aliases observing in-place list changes.
def get(kind):
    if kind == 0:
        return ["a", "b"]
    if kind == 1:
        return "ab"
    if kind == 2:
        return (0, 1)
    return 3

for k in range(4):
    v = get(k)
    w = v
    w *= 2
    print(k, v, w)
    holder = [v]
    holder[0] *= 2
    print(k, holder[0], v)
