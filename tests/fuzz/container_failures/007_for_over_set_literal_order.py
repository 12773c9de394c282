# container_fuzz: MISMATCH. CPython's compiler turns a set display of constants that is
# iterated directly (`for x in {...}`, a comprehension's `in {...}`) into a frozenset
# constant, built like frozenset([...]), whose iteration order can differ from the set
# display's.  taipan iterates in the order of the set display.
# Expected (CPython):
#   [6, 9, -83, -8, -3, -1]
#   [-3, 6, -8, 9, -83, -1]
# Actual (taipan):
#   [-3, 6, -8, 9, -83, -1]
#   [-3, 6, -8, 9, -83, -1]
print([x for x in {-1, -8, 9, 6, -83, -3}])
s = {-1, -8, 9, 6, -83, -3}
print([x for x in s])
