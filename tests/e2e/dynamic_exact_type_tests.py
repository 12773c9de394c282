# Exact type tests with built-in types (`type(x) is int`, `type(x) in (list, tuple)`)
# on values of the dynamic tier and of static types: a bool is not an int here.
values = [1, "a", 2.5, None, [1], (1, 2), {"k": 1}, True, {3}, frozenset([4])]
for v in values:
    print(type(v).__name__, type(v) == int, type(v) is str, type(v) is not float, type(v) in (list, tuple), type(v) not in [dict, set, frozenset], type(v) is bool)


def describe(value):
    if type(value) is int:
        return "int " + str(value + 1)
    if type(value) == str:
        return "str " + value.upper()
    if type(value) in (list, tuple):
        return "sequence of " + str(len(value))
    return "other " + repr(value)


for v in [3, "x", [1, 2], (1,), None, 1.5, False]:
    print(describe(v))
print(type(5) is int, type(True) == int, type("s") != str, type([]) in (tuple, dict))


class Box:
    pass


print(type(Box()) is int, type(Box()) in (list, str))
