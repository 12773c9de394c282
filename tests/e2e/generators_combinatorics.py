def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail


def subsets(items):
    for k in range(len(items) + 1):
        yield from combinations(items, k)


def product(a, b):
    for x in a:
        for y in b:
            yield x + y


def partitions(n, max_part):
    if n == 0:
        yield []
        return
    for p in range(min(n, max_part), 0, -1):
        for rest in partitions(n - p, p):
            yield [p] + rest


print(["".join(p) for p in permutations(list("abc"))])
print(sum(1 for _ in permutations([1, 2, 3, 4, 5])))
print(list(combinations([1, 2, 3, 4], 2)))
print(len(list(subsets([1, 2, 3, 4]))))
print([s for s in subsets([3, 5, 7, 11]) if sum(s) == 15])
print(list(product(["a", "b"], ["1", "2", "3"])))
for p in partitions(6, 6):
    print(" + ".join(str(x) for x in p))
print("partitions of 15:", sum(1 for _ in partitions(15, 15)))
first = next(p for p in permutations([3, 1, 2]) if p[0] < p[1] < p[2])
print("first sorted permutation:", first)
