# Tests frozensets: construction, repr, operators returning frozensets, hashing as dict keys and set members.
fs = frozenset([3, 1, 2, 100, 17])
print(fs, len(fs), 17 in fs, 4 in fs)
empty = frozenset()
print(empty, len(empty), empty == frozenset([]))
other = frozenset(range(2, 6))
print(other)
print(fs | other)
print(fs & other)
print(fs - other)
print(fs ^ other)
print(fs == frozenset({1, 2, 3, 17, 100}), fs != other)
mixed = {1, 2} | frozenset([3])
print(mixed, isinstance(mixed, set))
mixed2 = frozenset([3]) | {1, 2}
print(mixed2, isinstance(mixed2, frozenset))
groups = {}
for combo in [[1, 2], [2, 1], [3], [1, 2, 2], [3, 4]]:
    key = frozenset(combo)
    groups[key] = groups.get(key, 0) + 1
print(groups)
for key2 in sorted(groups, key=lambda f: (len(f), sorted(f))):
    print(sorted(key2), groups[key2])
family = {frozenset([1, 2]), frozenset([2, 1]), frozenset([5])}
print(len(family), frozenset([5]) in family)
print(sorted(sorted(f) for f in family))
sizes = [len(f) for f in [frozenset(), frozenset([1]), frozenset(range(10))]]
print(sizes)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested)
s = set(fs)
s.add(0)
print(s, fs)
print(frozenset("aab") == frozenset("ba"), len(frozenset("hello")))
print(fs.issubset(range(200)), fs.isdisjoint(frozenset([9])), fs >= frozenset([1, 2]))
tuple_fs = frozenset([(1, 2), (0, 0)])
print(tuple_fs, (0, 0) in tuple_fs)
print(sum(fs), max(fs), min(fs), sorted(fs, reverse=True))
