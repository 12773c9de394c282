# Tests lexicographic comparison of lists and tuples, concatenation, repetition and augmented forms.
a = [1, 2, 3]
b = [1, 2, 4]
c = [1, 2]
print(a < b, a > b, a == b, c < a, a <= a, b >= a, [] < c)
print((1, 2) < (1, 3), (2,) > (1, 9, 9), (1, 2, 3) == (1, 2, 3), () < (0,))
print(["a", "b"] < ["a", "c"], ["b"] > ["a", "z"], ["abc"] < ["abd"])
print([[1, 2], [3]] < [[1, 2], [4]], [(1, 2)] == [(1, 2)])
print(a + b, c + [], [] + c)
print(a * 2, [0] * 5, c * 0, 3 * ["x"])
print((1, 2) + (3,), (0,) * 4, ("ab",) * 2)
d = a
d += [9]
print(a, d, a is d)
e = [1, 2]
f = e
e = e + [3]
print(e, f)
t = (1, 2)
t4 = t + (3, 4)
print(t, t4, len(t4))
rows = [[0] * 3] * 2
print(rows)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 5
print(grid)
s = "ab" * 3 + "-" + "cd"
print(s, len(s))
records = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(records))
print(max(records), min(records))
line = "=" * 20
print(line)
print("abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab")
print([1, 2, 3] != [1, 2, 3], (1, 2) != (2, 1))
acc = []
for i in range(4):
    acc = acc + [i] * i
print(acc)
print(max([[1, 2], [1, 2, 0], [0, 9]]), min([(3, 1), (2, 9), (2, 8)]))
