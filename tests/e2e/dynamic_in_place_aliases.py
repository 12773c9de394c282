# Review case: += on values of several types: lists change in place (aliases see it), others rebind.
def get(kind):
    if kind == "l":
        return [1]
    if kind == "s":
        return "s"
    if kind == "t":
        return (1,)
    return 10

for kind in "lstn":
    v = get(kind)
    w = v
    w += v
    print(kind, v, w, v is w)
