# Tests isinstance with built-in types and tuples of types on ints, bools, floats, strs and containers.
i = 5
b = True
f = 2.5
s = "hi"
l = [1, 2]
t = (1, 2)
d = {"a": 1}
st = {1, 2}
fs = frozenset([1])
n = None
print(isinstance(i, int), isinstance(i, float), isinstance(i, bool), isinstance(i, str))
print(isinstance(b, bool), isinstance(b, int), isinstance(f, float), isinstance(f, int))
print(isinstance(s, str), isinstance(s, list), isinstance(l, list), isinstance(l, tuple))
print(isinstance(t, tuple), isinstance(t, list), isinstance(d, dict), isinstance(st, set))
print(isinstance(st, frozenset), isinstance(fs, frozenset), isinstance(fs, set))
print(isinstance(i, (int, float)), isinstance(f, (int, float)), isinstance(s, (int, float)))
print(isinstance(l, (list, tuple)), isinstance(t, (list, tuple)), isinstance(d, (list, tuple)))
print(isinstance(n, int), n is None)
print(isinstance(range(3), range), isinstance(range(3), list), isinstance(list(range(3)), list))
print(isinstance(l[0], int), isinstance(d["a"], int), isinstance(t[1], int), isinstance(s[0], str))
print(isinstance(i > 3, bool), isinstance(f * 2, float), isinstance(i / 1, float), isinstance(i // 1, int))
print(isinstance(len(s), int), isinstance(str(i), str), isinstance(float(i), float))
def describe_int(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    return "other"
print(describe_int(3), describe_int(-8))
nested = [[1], [2, 3]]
print(all(isinstance(row, list) for row in nested), all(isinstance(v, int) for row in nested for v in row))
words = "a b c".split()
print(isinstance(words, list), isinstance(words[0], str), isinstance(tuple(words), tuple))
print(isinstance({k: 1 for k in "ab"}, dict), isinstance({1} | {2}, set), isinstance(frozenset([0]) | {1}, frozenset))
