# Tests set methods with several arguments and iterables, the in-place update
# methods, and the format() builtin.
a = {5, 1, 9, 33, 17, 2}
b = {9, 2, 40}
print(a.union(b, [7, 3]), a.intersection(b, {2, 9, 100}), a.difference(b, [1, 5]), a.difference([33], {17}))
c = set(a)
c.difference_update([1, 2], {33})
print(c)
c.symmetric_difference_update([100, 9, 4])
print(c)
c.intersection_update({4, 5, 100, 77})
print(c)
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(7), format([1, 2]))
