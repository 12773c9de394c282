import gens

print(list(gens.countdown(5)), sum(gens.countdown(100)))
print(list(gens.words("native generators in python")))
print(dict(gens.pairs(4)))
g = gens.countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(g))
h = gens.failing(7)
print(next(h))
try:
    next(h)
except ValueError as error:
    print("ValueError:", error)
print(list(gens.chunks([1, 2, 3, 4, 5], 2)))
print(iter(g) is g, [x * 2 for x in gens.countdown(3)])
total = 0
for _ in range(20000):
    for v in gens.countdown(3):
        total += v
print(total)
r = gens.with_result(2)
print(next(r), next(r))
try:
    next(r)
except StopIteration as stop:
    print("StopIteration value", stop.value)
def outer():
    result = yield from gens.with_result(1)
    yield result
print(list(outer()))
