# str.join over native containers and generators of CPython objects: joined by the VM,
# with CPython's TypeError for an item that is no str.
import json
rows = json.loads('[{"n": "a"}, {"n": "b"}, {"n": 3}]')
print("-".join(r["n"] for r in rows[:2]))
print(",".join([r["n"] for r in rows[:2]]))
try:
    print("-".join(r["n"] for r in rows))
except TypeError as e:
    print("TypeError", e)
