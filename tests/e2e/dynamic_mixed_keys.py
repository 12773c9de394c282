# Exercises dicts with mixed key types (1 vs "1", and 1 / 1.0 / True
# colliding as one key) and values of several types.

d = {1: "int one", "1": "str one", 2.5: "float", None: "none key", (1, "a"): "tuple"}
print(d)
print(d[1], d["1"], d[2.5], d[None], d[(1, "a")])
print(len(d))

d[1.0] = "float one replaces"
print(d[1], len(d))
d[True] = "bool one replaces too"
print(d)
print(1 in d, "1" in d, 1.0 in d, True in d, "2.5" in d, 0 in d)

counts = {}
for k in [1, "1", 1.0, "a", True, 2, "2", 2.0, None, None]:
    counts[k] = counts.get(k, 0) + 1
print(counts)

lookup = {0: "zero", "zero": 0, False: "false?"}
print(lookup)
print(lookup[0], lookup["zero"] + 5)

for k in d:
    print(repr(k), type(k).__name__, "->", d[k])

int_keys = [k for k in d if isinstance(k, int)]
str_keys = [k for k in d if isinstance(k, str)]
print(int_keys, str_keys)
del d["1"]
print(d.pop(None), d.pop("missing", "default"))
print(d)
