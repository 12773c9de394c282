# Tests tuple creation, singleton/empty tuples, indexing, slicing, count/index, membership, nesting and reprs.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[0], t[-1], t[2:5])
print(t.count(1), t.index(5), 9 in t, 7 in t)
single = (42,)
empty = ()
print(single, len(single), empty, len(empty))
point = (2.5, -1.0)
print(point, point[0] * point[1])
person = ("Ada", 36, True)
name, age, active = person
print(name, age, active, person)
nested = ((1, 2), (3, 4), (5, 6))
print(nested, nested[1], nested[1][0], nested[-1][-1])
for a, b in nested:
    print(a, "+", b, "=", a + b)
words = ("alpha", "beta", "gamma")
print(words, words[1][::-1], " ".join(words))
mixed_rec = ("x", 1, 2.5, ("inner", 7))
print(mixed_rec, mixed_rec[3][1])
as_list = list(t)
as_list.sort()
back = tuple(as_list)
print(back, back == tuple(sorted(t)))
def min_max(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return (lo, hi)
print(min_max([4, -2, 9, 0]))
lo, hi = min_max([7])
print(lo, hi)
def divmod_pair(a, b):
    return a // b, a % b
q, r = divmod_pair(17, 5)
print(q, r, divmod_pair(-17, 5), divmod_pair(17, -5))
coords = [(1, 2), (3, 4), (0, 0)]
coords.append((9, 9))
print(coords, sorted(coords), max(coords))
print(tuple("abc"), tuple(range(4)), tuple([1.5, 2.5]))
print((1, 2) == (1, 2), (1, 2) != (2, 1), hash((1, 2)) == hash((1, 2)))
strs = ("a",)
print(strs, strs * 3, ("a", "b") + ("c",))
