# container_fuzz: MISMATCH. sum() over an empty iterable of floats returns the start value,
# the int 0, in CPython; taipan returns the float 0.0.  Also `sum(x * 0.5 for x in range(0))`.
# Expected (CPython): 0 0
# Actual (taipan): 0.0 0.0
x = [1.5]
x.clear()
print(sum(x), repr(sum(x)))
