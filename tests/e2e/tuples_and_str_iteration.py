# Nested tuple unpacking, tuple printing and indexing, swaps, iterating a str, empty range with else.
(a, b), c = (1, "x"), 3.5
print(a, b, c)
t = ("a'b", 1, None, True, -0.0, ("n", 2))
print(t, (1,), ())
print(str(t), len(t), t[-1], t[0])
p, q = 7, 8
p, q = q, p
print(p, q)
for ch in "héllo":
    print(ch, ord(ch), end="|")
print()
for i in range(0):
    pass
else:
    print("else")
print("done")
