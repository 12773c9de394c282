# Tests slice assignment from a slice of a list (assigned without building the
# right-hand list), including the list itself and extended slices, ending in
# CPython's ValueError for a size mismatch.
a = list(range(10))
a[2:5] = a[7:1:-2]
print(a)
a[::2] = a[1::2]
print(a)
a[3:3] = a[:2]
print(a)
a[:] = a[::-1]
print(a)
b = ["x", "y", "z"]
b[1:] = b[:1]
print(b)
try_bad = [1, 2, 3]
try_bad[::2] = try_bad[:1]
