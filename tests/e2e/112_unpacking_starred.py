# Tests tuple packing/unpacking with starred targets in first, middle and last positions on lists, tuples and strs.
xs = [1, 2, 3, 4, 5]
first, *rest = xs
print(first, rest)
*init, last = xs
print(init, last)
a, *mid, z = xs
print(a, mid, z)
p, q, *tail = [10, 20]
print(p, q, tail)
head, *others = "hello"
print(head, others)
*front, end = (7, 8, 9)
print(front, end)
one, *empty_mid, two = (1, 2)
print(one, empty_mid, two)
x, y, z2 = "abc"
print(x, y, z2)
packed = 1, 2, 3
print(packed, isinstance(packed, tuple))
m, n = n2, m2 = 5, 6
print(m, n, n2, m2)
def split_first(values):
    f, *r = values
    return f, r
print(split_first([9, 8, 7]))
print(split_first([4]))
records = [("ann", 90, 85, 77), ("bob", 60, 70, 80), ("cy", 100, 95, 98)]
for name, *scores in records:
    print(name, scores, sum(scores), max(scores))
line = "2024-06-15 INFO server started on port 8080"
date, level, *words = line.split()
print(date, level, words)
year, month, day = date.split("-")
print(year, month, day, int(month) * 2)
matrix = [[1, 2, 3], [4, 5, 6]]
top, bottom = matrix
print(top, bottom)
(r1a, *r1rest), (r2a, *r2rest) = matrix
print(r1a, r1rest, r2a, r2rest)
a2, (b2, c2), d2 = 1, (2, 3), 4
print(a2, b2, c2, d2)
for i, (k, *vals) in enumerate([(1, 2, 3), (4, 5, 6, 7)]):
    print(i, k, vals)
combined = xs + init + [0]
print(combined)
