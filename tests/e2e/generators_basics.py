def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

for x in count(5):
    print(x)
print(sum(count(10)))
g = count(3)
print(next(g), next(g), next(g), next(g, -1))
xs = [1, 2, 3]
h = (x * 2 for x in xs)
print(sum(h))
print(sum(h))
def words(text):
    for w in text.split():
        yield w.upper()
print(list(words("a bc def")))
def chain(a, b):
    yield from a
    yield from b
    return 7
def outer():
    r = yield from chain([1, 2], count(3))
    print("returned", r)
    yield r
print(list(outer()))
