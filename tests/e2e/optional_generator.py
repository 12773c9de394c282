def gen(n):
    for i in range(n):
        if i % 3 == 0:
            yield None
        else:
            yield i * i

items = list(gen(8))
print(items)
s = 0
for x in gen(10):
    if x is not None:
        s += x
print(s)
print([x for x in gen(6) if x])
print(sum(x for x in gen(7) if x is not None))
g = gen(3)
print(next(g), next(g), next(g))
print(next(g, "done"))

def words(text):
    for w in text.split(" "):
        yield w if w else None
print(list(words("a  b c ")))
for w in words("x  y"):
    print(w.upper() if w is not None else "-")
