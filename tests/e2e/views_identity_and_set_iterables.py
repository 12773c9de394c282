# Tests dict views as live values, `is` between containers and bools, set
# methods given other iterables (CPython's result orders), dict.update from
# pairs, set/frozenset mixing and comparisons of tuples of different lengths.
stock = {"apple": 3, "pear": 0, "fig": 7}
names = stock.keys()
counts = stock.values()
pairs = stock.items()
print(names, counts, pairs, len(names), bool(pairs))
stock["kiwi"] = 2
del stock["pear"]
print(names, list(counts), sorted(pairs), "fig" in names, 7 in counts, ("kiwi", 2) in pairs, ("kiwi", 3) in pairs)
print(max(counts), sum(counts), sorted(names, key=len))
stock.update([("plum", 4), ("apple", 9)])
stock.update({"fig": 1})
print(stock)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
flag = len(a) > 1
print(flag is True, flag is not False)
evens = {0, 2, 4, 6, 8, 10, 12}
print(evens.union([3, 1, 2, 99, 5]), evens.intersection(range(5, 20)), evens.difference((2, 4, 100)))
print(evens.symmetric_difference([1, 2, 3, 4]), evens.issubset(range(0, 20, 2)), evens.issuperset([2, 4]), evens.isdisjoint([1, 3, 5]))
frozen = frozenset([1, 2, 3])
print(frozen | {3, 4}, {5, 1} & frozen, frozen - {1}, frozen.union([7, 8]))
print((1, 2) < (1, 2, 3), (2,) > (1, 9, 9), () < (0,), (1, 2, 3) == (1, 2), (4, 5) != (4, 5, 6))
