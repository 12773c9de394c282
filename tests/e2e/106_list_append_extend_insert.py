# Tests list.append, extend (from lists, tuples, ranges, strs), insert at various positions, copy and clear.
xs = [1, 2, 3]
xs.append(4)
xs.extend([5, 6])
xs.extend((7, 8))
xs.extend(range(9, 12))
print(xs, len(xs))
xs.insert(0, 0)
xs.insert(3, 250)
xs.insert(-1, -7)
xs.insert(100, 999)
xs.insert(-100, -999)
print(xs)
chars = ["a"]
chars.extend("bcd")
chars.insert(2, "Z")
print(chars)
backup = xs.copy()
xs.clear()
print(xs, backup[:4], len(backup))
xs.extend(backup[::3])
print(xs)
matrix = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    matrix.append(row)
print(matrix)
flat = []
for row in matrix:
    flat.extend(row)
print(flat)
sorted_ins = []
for v in [5, 1, 4, 2, 8, 3, 7]:
    pos = 0
    while pos < len(sorted_ins) and sorted_ins[pos] < v:
        pos += 1
    sorted_ins.insert(pos, v)
    print("insert", v, "at", pos, "->", sorted_ins)
a = [1, 2]
b = a
a_copy = a.copy()
b.append(3)
a_copy.append(4)
print(a, b, a_copy)
self_ext = [1, 2, 3]
self_ext.extend(self_ext)
print(self_ext)
words = []
for w in "the quick brown fox".split():
    words.insert(0, w)
print(words)
