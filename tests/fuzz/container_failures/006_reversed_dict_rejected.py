# container_fuzz: TAIPAN_DIAGNOSTIC (valid program rejected).  Since Python 3.8 dicts and
# their views are reversible; taipan rejects reversed(d) with a type error:
#   error[type]: 'dict' object is not reversible
# (and "'dict_keys' object is not reversible" for reversed(d.keys())).
# Expected (CPython): [3, 1] [3, 1] [4, 2] [(3, 4), (1, 2)]
# Actual (taipan): compile error, exit status 1
d = {1: 2, 3: 4}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
