# Tests for-loops with nested unpacking targets over enumerate (with start), zip and dict.items().
pairs = [(1, "one"), (2, "two"), (3, "three")]
for i, (num, word) in enumerate(pairs):
    print(i, num, word)
for i, (num, word) in enumerate(pairs, start=1):
    print(f"{i}: {word}={num}")
for i, (num, word) in enumerate(pairs, 10):
    print(i, word.upper(), num * i)
points = [((0, 0), (3, 4)), ((1, 1), (4, 5)), ((-2, 3), (2, 0))]
for (x1, y1), (x2, y2) in points:
    dx = x2 - x1
    dy = y2 - y1
    print((x1, y1), "->", (x2, y2), "d2 =", dx * dx + dy * dy)
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ["Oslo", "Lima", "Pune"]
for idx, (n, a, city) in enumerate(zip(names, ages, cities)):
    print(idx, n, a, city)
inventory = {"apple": (3, 0.5), "pear": (0, 0.75), "kiwi": (12, 0.2)}
for fruit, (count, price) in inventory.items():
    print(fruit, count, price, count * price)
grid = [[1, 2], [3, 4], [5, 6]]
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        print(f"({r},{c})={val}", end=" ")
    print()
nested = [(1, (2, 3)), (4, (5, 6))]
total = 0
for a, (b, c) in nested:
    total += a * b + c
    print(a, b, c, total)
edges = [("a", "b", 3), ("b", "c", 1), ("a", "c", 7)]
for k, (src, dst, w) in enumerate(sorted(edges, key=lambda e: e[2])):
    print(k, src, dst, w)
letters = "xyz"
for pos, ch in enumerate(letters, start=-1):
    print(pos, ch)
indexed = list(enumerate(["p", "q"]))
print(indexed)
print(list(enumerate([5, 6, 7], 100)))
table = {(1, 2): "a", (3, 4): "b"}
for (r2, c2), label in table.items():
    print(r2 + c2, label)
