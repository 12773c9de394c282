# container_fuzz: MISMATCH. dict_keys and dict_items are set-like: they compare equal to a
# set (or frozenset) with the same elements.  taipan answers as if they were never equal.
# Expected (CPython): False True True False
# Actual (taipan): True False False False
d = {1: 2}
print(d.keys() != {1}, {1} == d.keys(), d.items() == {(1, 2)}, d.values() == d.values())
