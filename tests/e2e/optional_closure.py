def make_counter():
    last = None
    def step(x):
        nonlocal last
        prev = last
        last = x
        if prev is None:
            return None
        return x - prev
    return step

s = make_counter()
for v in [5, 8, 8, 3, 10]:
    print(s(v))

def make_memo():
    best = None
    def offer(x):
        nonlocal best
        if best is None or x > best:
            best = x
        return best
    def get():
        return best
    return offer, get

offer, get = make_memo()
print(get())
for v in [3, 1, 7, 2]:
    print(offer(v), get())

def outer(flag):
    val = 10 if flag else None
    def inner():
        return val
    return inner()
print(outer(True), outer(False))
