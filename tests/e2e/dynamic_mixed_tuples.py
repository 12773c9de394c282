# Tuples of several member types: indexing and slicing at run-time positions,
# iteration, unpacking, enumerate and zip, and conversions; uniform tuples
# sliced at run-time bounds.
t = (1, "a", 2.5, None)
i = 2
print(t[i], t[i - 1], t[-1])
print(list(t), tuple(t), set([1, 1, 2]) == {1, 2})
print(sorted([(1, "b"), (1, "a")]))
a, *rest = t
print(a, rest)
for n, v in enumerate(t):
    print(n, v)
for x, y in zip(t, "wxyz"):
    print(x, y)
print([v for v in t if v])
s = {1, "a"}
print(len(s), 1 in s, "b" in s)
print(list(reversed(t)))
print(t + (5,), t * 2 if False else t)
u = t[1:3]
print(u, t.count(None), t.index("a"))
print(str(t), repr(t), f"{t}")
for x in (1, "a", 2.5):
    print(x)
uniform = (1, 2, 3, 4)
k = 1
print(uniform[k:], uniform[:k], uniform[k:3])
