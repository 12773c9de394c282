# Membership, count, index, remove and pop on a list of mixed values, a
# function returning str, int or None, and sorting that ends in a TypeError.
def describe(value):
    if isinstance(value, bool):
        return "flag"
    if isinstance(value, int):
        return value * 2
    return None


mixed = [1, "a", 2.5, None, True]
print("a" in mixed, 2.5 in mixed, 7 in mixed, None in mixed, 1.0 in mixed)
print(mixed.count(1), mixed.index("a"), mixed.index(None))
pair = (mixed[0], mixed[1])
print(pair, [describe(v) for v in mixed])
results = {}
for v in mixed:
    results[repr(v)] = describe(v)
print(results)
mixed.append([1, 2])
print(mixed, len(mixed))
mixed.remove("a")
print(mixed, mixed.pop(), mixed)
print(sorted([3, 1.5, -2]), min(3, 2), sorted([1, "a"]))
