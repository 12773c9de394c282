# Exercises hash() of mixed immutable values and using them as dict keys
# and set members (sets are only reported by len() or sorted results).

print(hash(1) == hash(1.0), hash(1) == hash(True), hash(0) == hash(False))
print(hash(42), hash(-7), hash(2.5), hash(True), hash((1, 2)) == hash((1, 2)))
print(hash("abc") == hash("abc"), hash((1, "a")) == hash((1.0, "a")))

seen = set()
for v in [1, "1", 1.0, True, 2, "two", 2, "two", 3.5, None, (1, 2), (1, 2)]:
    seen.add(v)
print(len(seen))
print(1 in seen, "1" in seen, 3.5 in seen, None in seen, "3.5" in seen)

ints = set()
strs = set()
for v in [5, "b", 3, "a", 5, "c", 1, "b"]:
    if isinstance(v, int):
        ints.add(v)
    else:
        strs.add(v)
print(sorted(ints), sorted(strs), len(ints), len(strs))

mixed_set = {3, "x", 1, "a", 2}
print(len(mixed_set))
print(sorted(mixed_set, key=lambda v: (isinstance(v, str), str(v))))
print(sorted([v for v in mixed_set if isinstance(v, int)]))

cache = {}
for key in [10, "10", 10.0, (10,), None, "ten"]:
    h_same_as_int = hash(key) == hash(10)
    cache[key] = h_same_as_int
print(cache)
print(len(cache))

table = {}
for key in [(1, "a"), (2, "b"), (1, "a"), 7, 7.0, "k"]:
    table[key] = table.get(key, 0) + 1
print(table)
