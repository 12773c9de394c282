# Exercises type(v).__name__ on mixed values, grouping values by the name
# of their type in a dict and comparing types directly.

values = [1, "a", 2.0, None, True, [3], (4, 5), {"k": 6}, "bee", 7, 8.5, False]

for v in values:
    print(type(v).__name__, repr(v))

groups = {}
for v in values:
    name = type(v).__name__
    if name not in groups:
        groups[name] = []
    groups[name].append(v)

for name in groups:
    print(name, len(groups[name]), groups[name])

print(type(1) == type(2), type(1) == type(1.0), type(True) == type(1))
print(type(None).__name__, type(type(1)).__name__)

exact_ints = [v for v in values if type(v) is int]
print("exact ints:", exact_ints)

names = sorted(groups.keys())
print(names)


def kind(v):
    n = type(v).__name__
    if n in ("int", "float"):
        return "number"
    return n


print([kind(v) for v in values])
