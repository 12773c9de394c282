# container_fuzz: MISMATCH. set() of an empty set() literal takes its element type only from
# later use; the elements added afterwards print as None.  The same happens for
# `set(set({})) ^ {3, 4}` (prints {None, None}) and `set(set()) | {3, 4}`.
# Expected (CPython): {3}
# Actual (taipan): {None}
a = set(set())
a.add(3)
print(a)
