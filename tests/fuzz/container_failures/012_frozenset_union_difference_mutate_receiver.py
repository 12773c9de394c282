# container_fuzz: MISMATCH (wrong values). frozenset.union(<list or dict>) and
# frozenset.difference(<list>) modify the frozenset they are called on (and return it)
# instead of building a new one.  set.union(list) and frozenset.union(frozenset) are fine.
# Expected (CPython):
#   frozenset({1, 2, 3}) frozenset({1, 2, 3, 7, 8})
#   frozenset({1, 2, 3}) frozenset({1, 3})
# Actual (taipan):
#   frozenset({1, 2, 3, 7, 8}) frozenset({1, 2, 3, 7, 8})
#   frozenset({1, 3}) frozenset({1, 3})
f = frozenset([1, 2, 3])
g = f.union([7, 8])
print(f, g)
f = frozenset([1, 2, 3])
g = f.difference([2, 9])
print(f, g)
