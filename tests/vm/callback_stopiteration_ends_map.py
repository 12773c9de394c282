# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import json
data = json.loads("[1, 2, 3, 4, 5]")
def f(x):
    if x == 3:
        raise StopIteration
    return x * 10
print(list(map(f, data)))
print([v for v in map(f, json.loads("[7, 3, 8]"))])
def g(x):
    if x > 2:
        raise StopIteration("done")
    return True
print(list(filter(g, data)))
it = map(f, data)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stopped")
print(list(it))
