def f():
    fs = []
    for i in range(3):
        def g(x=i):
            return x
        fs.append(g)
    return fs
print([h() for h in f()])
