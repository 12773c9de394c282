# `type(x) is T` narrows x in each branch, as isinstance does (exactly: a bool
# is not an int here).
def describe(v):
    if type(v) is str:
        return "str of " + str(len(v)) + " first " + str(ord(v[0]))
    if type(v) is not int:
        return "other " + repr(v)
    return "int " + str(v * 2 + 1)

for value in ["hello", 4, True, None, 2.5, "x"]:
    print(describe(value))

def total(items):
    result = 0
    for item in items:
        if type(item) in (int, float):
            result += item
        elif type(item) == str:
            result += len(item)
    return result

print(total([1, 2.5, "abc", None, True]))
