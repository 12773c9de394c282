# container_fuzz: MISMATCH. A chained comparison whose second link compares unrelated types
# is never evaluated in CPython (the first link is False, so the chain short-circuits) and
# the assignment happens.  taipan compiles the program without a diagnostic, but the
# assignment is silently dropped: the next line raises NameError.
# (Found as `s in (list) < (set of tuples) <= (set)` in a generated program.)
# Expected (CPython): False, exit status 0
# Actual (taipan): Traceback ... NameError: name 'b3' is not defined, exit status 1
b3 = 1 > 2 < "a"
print(b3)
