# Set union across element types, sum of mixed lists, max/min with defaults
# of another type, and dict.get/pop defaults where the values are mixed.
t = (1, "a", 2.5, None)
i, j = 1, 3
print(t[i:j], t[j:], t[:i])
a = {1, 2}
b = {"x"}
c = a | b
print(len(c), 1 in c, "x" in c, sorted(c, key=str))
lists = [[1], ["a"]]
print(lists, sum(lists, []))
d = {"k": 1}
print(max([1, 2], default=None), min([], default="empty"))
vals = [1, 2.5]
print(max(vals), min(vals), sorted(vals, reverse=True))
e = {"a": 1, "b": "x"}
print(e.pop("a", None), e.pop("q", None), e)
