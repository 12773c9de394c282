# `is` between two boxed values: the same box, singletons, objects by address.
class Missing:
    pass
MISSING = Missing()
items = [MISSING, 3, "a", None, True, [1], MISSING]
first = items[0]
for x in items:
    print(x is first, x is not first, x is items[3], x is items[4], x is x)
row = [[1], "s"]
a = row[0]
print(a is row[0], a is row[1])
