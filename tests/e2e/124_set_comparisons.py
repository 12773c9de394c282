# Tests subset/superset operators (<=, <, >=, >), issubset, issuperset, isdisjoint on sets and frozensets.
a = {1, 2}
b = {1, 2, 3}
c = {4, 5}
print(a <= b, a < b, b <= b, b < b, b >= a, b > a, a > b)
print(a.issubset(b), b.issubset(a), b.issuperset(a), a.issuperset(a))
print(a.isdisjoint(c), a.isdisjoint(b), set().isdisjoint(a))
print(a.issubset([1, 2, 9]), b.issuperset(range(1, 3)), c.isdisjoint((1, 2, 3)))
print(set() <= a, set() < a, set() < set(), a == {2, 1})
fa = frozenset([1, 2])
fb = frozenset(range(1, 4))
print(fa <= fb, fa < fb, fb > fa, fa == a, fa.issubset(b), fb.isdisjoint(c))
def classify(x, y):
    if x == y:
        return "equal"
    if x < y:
        return "proper subset"
    if x > y:
        return "proper superset"
    if x.isdisjoint(y):
        return "disjoint"
    return "overlapping"
tests = [({1}, {1}), ({1}, {1, 2}), ({1, 2, 3}, {2}), ({1}, {2}), ({1, 2}, {2, 3})]
for x, y in tests:
    print(x, y, classify(x, y))
skills = {"py": {1, 2, 3}, "rust": {2, 3}, "go": {7}}
for name, ids in skills.items():
    print(name, ids <= skills["py"], ids.isdisjoint(skills["rust"]))
required = {"read", "write"}
granted = {"read", "write", "exec"}
print(required <= granted, required.issubset(granted), granted.issuperset({"exec"}))
print({(1, 2)} < {(1, 2), (3, 4)}, {(5, 6)}.isdisjoint({(6, 5)}))
chain = [set(range(k)) for k in range(5)]
print(all(chain[i] < chain[i + 1] for i in range(4)))
print(not ({1, 2} <= {1, 3}), {3, 2, 1} >= {1})
