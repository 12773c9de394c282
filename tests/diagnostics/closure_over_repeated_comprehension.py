def f():
    out = []
    for r in ([1, 2], [3, 4]):
        out += [lambda: i for i in r]
    return [g() for g in out]
print(f())
