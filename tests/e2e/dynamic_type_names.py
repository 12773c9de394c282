# type(v).__name__ and v.__class__.__name__ of values of many types.
mixed = [3, "a", 2.5, True, None, [1, 2], (1, "x"), {"k": 1}]
print([type(v).__name__ for v in mixed])
for v in mixed:
    print(v.__class__.__name__, type(v).__name__, type(7).__name__)
print(mixed)
