# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import functools
import json

rows = json.loads('[[3,"c"],[1,"a"],[2,"b"],[1,"z"],[3,"a"]]')
ncalls = 0
def cmp(a, b):
    global ncalls
    ncalls += 1
    if a[0] != b[0]:
        return a[0] - b[0]
    if a[1] < b[1]:
        return 1
    if a[1] > b[1]:
        return -1
    return 0
print(sorted(rows, key=functools.cmp_to_key(cmp)))
print(ncalls > 0)
K = functools.cmp_to_key(cmp)
print(K(rows[0]) < K(rows[1]), K(rows[1]) < K(rows[0]))
def bad(a, b):
    return None
try:
    sorted(json.loads("[2,1]"), key=functools.cmp_to_key(bad))
except TypeError as e:
    print("TE", e)
print(sorted(json.loads('["bb","a","ccc"]'), key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
