def neg(x): return -x
def ident(x): return x
keys = [neg, ident]
for k in keys:
    print(sorted([3, 1, 2], key=k), max([3, 1, 2], key=k))
