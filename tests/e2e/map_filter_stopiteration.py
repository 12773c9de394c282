# StopIteration raised by the function of map/filter ends the loop, as in CPython.
def f(x):
    if x == 3:
        raise StopIteration
    return x * 10
print([v for v in map(f, [7, 3, 8])])
print(list(map(f, [1, 2, 3, 4])))
total = 0
for v in map(f, [1, 2, 3, 4]):
    total += v
print(total)
def g(x):
    if x > 2:
        raise StopIteration("done")
    return True
print(list(filter(g, [1, 2, 3, 4])))
def h(x):
    if x == 2:
        raise ValueError("bad")
    return x
try:
    print(list(map(h, [1, 2, 3])))
except ValueError as e:
    print("caught", e)
def gen():
    for v in map(f, [5, 3, 9]):
        yield v
print(list(gen()))
