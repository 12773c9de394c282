# Tests enumerate (with start), zip (unequal lengths, three iterables, unzip idiom) and reversed on lists, ranges, strs.
names = ["ann", "bob", "cy", "dee"]
scores = [88, 92, 75]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(f"#{i} {n}")
print(list(enumerate("abc")), list(enumerate((9, 8), 5)))
for n, s in zip(names, scores):
    print(n, s)
print(list(zip(names, scores)))
print(list(zip([1, 2, 3], "xyz", (True, False, True))))
print(list(zip(names[:0], scores)), list(zip(range(3), range(10, 13))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums = [p[0] for p in pairs]
lets = [p[1] for p in pairs]
print(nums, lets)
rebuilt = list(zip(nums, lets))
print(rebuilt == pairs)
print(list(reversed(names)), list(reversed(range(5))), "".join(reversed("drawer")))
print(list(reversed((1, 2, 3))), list(reversed(scores[3:])), list(reversed(range(10, 0, -3))))
for i in reversed(range(3)):
    print("countdown", i)
for i, n in reversed(list(enumerate(names))):
    print(i, n)
a = [1, 2, 3, 4]
b = [10, 20, 30, 40]
dot = sum(x * y for x, y in zip(a, b))
print(dot)
adjacent = [(x, y) for x, y in zip(a, a[1:])]
print(adjacent)
diffs = [y - x for x, y in zip(a, a[1:])]
print(diffs)
matrix = [[1, 2, 3], [4, 5, 6]]
cols = [list(col) for col in zip(matrix[0], matrix[1])]
print(cols)
lookup = dict(zip(names, range(len(names))))
print(lookup)
for idx, (n, s) in enumerate(zip(names, scores), 1):
    print(idx, n.upper(), s + idx)
words = ["x", "y", "z"]
for w, pos in zip(reversed(words), range(100)):
    print(pos, w)
