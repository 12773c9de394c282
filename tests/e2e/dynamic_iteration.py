# Comprehensions over values reached through mixed dicts, sum of them, and
# iterating an int taken from a mixed list (TypeError: not iterable).
records = [{"id": 1, "tags": ["x", "y"]}, {"id": 2, "tags": []}]
print([len(r["tags"]) for r in records])
print(sum(r["id"] for r in records))
names = [t.upper() for r in records for t in r["tags"]]
print(names)
mixed = [1, "two", None]
print(mixed[5 - 4][0])
bad = mixed[0]
for ch in bad:
    print(ch)
