# Regression test from the container fuzzer (seed 600); found before its fix.
d1 = (123.456, (-66, -69, 1, False))
k10 = set()
print(min(list(map(lambda y: (y % 3, tuple([2, 6, 2]), [-1.0], y * 2), k10)), default=(-4, tuple(), [3.0], -84)), [{frozenset(): 2.5, frozenset([1, 10, 93]): -1.0, frozenset([6]): 2.5}.copy() for x in k10])
print((list(tuple([tuple([0.5]), tuple([]), tuple([123.456, 10.0, 0.0]), tuple([7.75, -2.25, 0.0, 0.0])])) * 1), ((k10 | frozenset([-4, 2])), 'b', d1[0], sum(1 for item in k10 if item > 3)), sep='')
