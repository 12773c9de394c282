def outer():
    g = iter([1])
    yield next(g)
    yield next(g)

try:
    print(list(outer()))
except RuntimeError as e:
    print("RuntimeError:", e)
