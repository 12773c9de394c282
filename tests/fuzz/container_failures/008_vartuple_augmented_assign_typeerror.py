# container_fuzz: MISMATCH. Augmented assignment on a variable-length tuple (`t += ...`,
# `t *= n`) raises at run time, while `t = t + t` works.
# Expected (CPython): (1, 2, 1, 2) then (1, 2, 1, 2, 1, 2, 1, 2), exit status 0
# Actual (taipan): Traceback ... TypeError: unsupported operand type(s) for +: 'tuple' and 'tuple'
#   (and with `t *= 2`: TypeError: unsupported operand type(s) for *: 'tuple' and 'int'), exit status 1
t = tuple([1, 2])
t += t
print(t)
t *= 2
print(t)
