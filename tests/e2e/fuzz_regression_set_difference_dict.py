# Regression test from the container fuzzer (seed 700): set.difference(dict)
# copies the set first when it is more than four times larger, as CPython does.
t4 = {}
k10 = {item.count('a'): item for item in t4}
print(frozenset({-12, 0, 1, 6, 9}).difference(k10))
d = {5: 1, 6: 2, 7: 3}
s = set(range(20))
print(s.difference(d), s.difference({}), {1,2,3}.difference(d), {5, 6, 100}.difference({5: "a", 7: "b"}))
xs = [{1: "a"}, {}]
print({} in xs, {2: "b"} in xs, [] in [[1], []])
