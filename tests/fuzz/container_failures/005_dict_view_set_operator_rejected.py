# container_fuzz: TAIPAN_DIAGNOSTIC (valid program rejected).  Set operators (| & - ^) and
# subset comparisons work on dict_keys / dict_items in CPython and return sets; taipan
# rejects them with a *type* error (not an "unsupported yet" diagnostic):
#   error[type]: unsupported operand type(s) for &: 'dict_keys' and 'set'
# Expected (CPython): {1} {1, 3} True
# Actual (taipan): compile error, exit status 1
d = {1: 2}
print(d.keys() & {1}, d.keys() | {3}, d.keys() <= {1, 2})
