# Tests builtins over iterables that never hold an element (sums, joins, tuples of
# nothing), range slicing and range equality.
empty = []
print(sum(empty), sum([], 5), sum(x for x in empty), ", ".join([]), "-".join(s for s in []), tuple([]), tuple(x for x in []))
print(min([], default=3), sorted([]), list(map(str, [])), dict([]), set([]), any([]), all([]))
r = range(10)
print(r[2:8:2], r[::-1], r[-3:], r[5:2], range(0) == range(5, 5), range(1, 4) == range(1, 4), r == range(10), isinstance(r, range))
d = {}
print(d.get("a"), len(d))
