# container_fuzz: MISMATCH. frozenset.symmetric_difference(<list>) gives a set whose
# iteration order differs from CPython's (t ^ frozenset(list) matches).
# Expected (CPython): frozenset({2, 98, -29, 5, 7, 9, 12, -83, -51, 50, -2})
# Actual (taipan):    frozenset({2, 5, 7, 9, 12, -51, 98, -29, -83, 50, -2})
# set.symmetric_difference(list) likewise (taipan gives the order of symmetric_difference_update).
t = frozenset({-29, -51, 12, 5, 50, 7})
print(t.symmetric_difference([9, -2, 2, 98, -83]))
