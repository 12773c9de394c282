# Exercises nested lists/tuples of mixed values: recursive flattening,
# summing only the numbers and collecting the strings.

data = [1, "a", [2.5, None, ["b", 3]], (4, [True, "c"]), [], [[[5.0]]], "d"]
print(data)
print(len(data), data[2], data[2][2][0], data[3][1][1], data[5][0][0])


def flatten(items):
    out = []
    for it in items:
        if isinstance(it, (list, tuple)):
            out.extend(flatten(it))
        else:
            out.append(it)
    return out


flat = flatten(data)
print(flat)
print(len(flat))

numbers = [x for x in flat if isinstance(x, (int, float)) and not isinstance(x, bool)]
texts = [x for x in flat if isinstance(x, str)]
print(numbers, sum(numbers))
print(texts, "".join(texts))


def depth(item):
    if isinstance(item, (list, tuple)):
        if not item:
            return 1
        return 1 + max(depth(x) for x in item)
    return 0


for d in data:
    print(repr(d), "depth", depth(d))

grid = [[1, "x", None], [2.0, "y", True]]
for row in grid:
    print(" | ".join(str(cell) for cell in row))
print([row[0] * 2 for row in grid], [row[1] * 2 for row in grid])
