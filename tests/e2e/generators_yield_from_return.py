def read_block(lines, start):
    count = 0
    i = start
    while i < len(lines) and lines[i] != "END":
        yield lines[i].upper()
        count += 1
        i += 1
    return count


def read_document(lines):
    i = 0
    sizes = []
    while i < len(lines):
        n = yield from read_block(lines, i)
        sizes.append(n)
        i += n + 1
    return sizes


def collect(lines):
    sizes = yield from read_document(lines)
    yield "blocks: " + str(sizes)


doc = ["alpha", "beta", "END", "gamma", "END", "delta", "epsilon", "zeta"]
for line in collect(doc):
    print(line)


def averaging(values):
    total = 0.0
    count = 0
    for v in values:
        total += v
        count += 1
        yield total / count
    return count


def report(groups):
    grand = 0
    for g in groups:
        n = yield from averaging(g)
        grand += n
    return grand


def driver(groups):
    total = yield from report(groups)
    print("averaged", total, "values in", len(groups), "groups")


print([round(x, 3) for x in driver([[1.0, 2.0, 4.0], [10.0], [3.0, 3.0]])])


def empty_gen():
    if len(doc) > 0:
        return 42
    yield 0
    return 0


def wrapper():
    value = yield from empty_gen()
    yield value * 2


print(list(wrapper()))
print(list(empty_gen()))
