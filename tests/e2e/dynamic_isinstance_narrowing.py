# isinstance and is-None tests narrow a value of several types: elif chains,
# an early return, not isinstance with a tuple, and += of a narrowed value.
def describe(v):
    if v is None:
        return "nothing"
    if isinstance(v, str):
        return "word " + v.upper() + " " + str(v.count("a"))
    elif isinstance(v, bool):
        return "flag " + str(not v)
    elif isinstance(v, int):
        return "int " + str(v * 3 + 1)
    else:
        return "float " + str(round(v, 1))


items = [None, "banana", True, 7, 2.25]
for item in items:
    print(describe(item))
    if item is not None:
        print("present", item)
    if not isinstance(item, (int, float)):
        print("not a number:", item)
    else:
        print("number:", item + 1)
total = 0
for item in items:
    if isinstance(item, int):
        total += item
print(total)
