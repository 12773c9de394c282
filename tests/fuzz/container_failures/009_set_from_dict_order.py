# container_fuzz: MISMATCH. Building a set from a dict (set(d), frozenset(d), s.update(d),
# s.union(d)) iterates in a different order from CPython's: CPython's set_update_internal
# has a fast path for dicts that first resizes the table for all the dict's keys; set(list(d))
# (no presizing) already matches.
# Expected (CPython):
#   {1, 17, 4, 85, -10, 7, 9}
#   frozenset({1, 17, 4, 85, -10, 7, 9})
#   {0, 1, 24, -84, -3}
#   {0, 1, 24, -84, -3}
# Actual (taipan):
#   {1, 4, 7, 9, 17, 85, -10}
#   frozenset({1, 4, 7, 9, 17, 85, -10})
#   {0, 1, -84, 24, -3}
#   {0, 1, -84, 24, -3}
d = {7: 0, 1: 0, 9: 0, 85: 0, 17: 0, -10: 0, 4: 0}
print(set(d))
print(frozenset(d))
print({-3, -84, 24}.union({0: 'a', 1: 'b'}))
s = {-3, -84, 24}
s.update({0: 'a', 1: 'b'})
print(s)
