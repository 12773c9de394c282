# Exercises isinstance dispatch over mixed values (bool checked before int,
# since bool is a subclass of int) and isinstance with a tuple of types.

def describe(v):
    if v is None:
        return "nothing"
    if isinstance(v, bool):
        return "flag " + ("on" if v else "off")
    if isinstance(v, int):
        return "integer " + str(v * 2)
    if isinstance(v, float):
        return "decimal " + str(round(v, 1))
    if isinstance(v, str):
        return "text of length " + str(len(v))
    if isinstance(v, (list, tuple)):
        return "sequence of " + str(len(v))
    return "other"


values = [7, True, 3.14159, "hello", None, False, [1, 2, 3], (9,), -4, 0.0, ""]
for v in values:
    print(repr(v), "->", describe(v))

print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))

numeric = 0
textual = 0
for v in values:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        numeric += 1
    elif isinstance(v, (str, list, tuple)):
        textual += 1
print("numeric:", numeric, "textual/sequence:", textual)

bools_as_ints = [v for v in values if isinstance(v, int)]
print(bools_as_ints)
print(sum(bools_as_ints))
