# Tests empty containers: reprs, len, truthiness, equality, iteration that does nothing, and growing from empty.
el = []
et = ()
ed = {}
es = set()
ef = frozenset()
print(el, et, ed, es, ef)
print(len(el), len(et), len(ed), len(es), len(ef))
print(bool(el), bool(et), bool(ed), bool(es), bool(ef), not el)
print(el == [], et == (), ed == {}, es == set(), ef == frozenset(), es == ef)
print(str(el), repr(ed), str(es), repr(ef))
ints = []
for x in ints:
    print("never", x)
else:
    print("empty loop done")
count = 0
for k in ed:
    count += 1
print("dict iterations:", count)
if not ints:
    print("ints is empty")
ints.append(1)
if ints:
    print("ints now", ints)
strs = [s for s in "abc" if s > "z"]
print(strs, len(strs), "".join(strs) == "")
print(sum(ints[:0]), max(ints[:0], default=-1), sorted(ints[1:]), list(reversed(ints[5:])))
print(any(ints[:0]), all(ints[:0]), list(zip(ints[:0], strs)))
grid = [[] for _ in range(3)]
print(grid)
grid[1].append(7)
print(grid, [len(r) for r in grid])
d_of_l = {"a": [], "b": [1]}
print(d_of_l, [k for k, v in d_of_l.items() if not v])
empty_str = ""
print(repr(empty_str), len(empty_str), empty_str.split(), empty_str.split(","), list(empty_str))
print([] + [], () + (), [] * 5, "" * 3, set() | set(), dict())
lst = [1, 2, 3]
lst.clear()
dd = {"x": 1}
dd.clear()
ss = {1}
ss.clear()
print(lst, dd, ss, len(lst) + len(dd) + len(ss))
print(list(range(0)), tuple(range(5, 0)), set(range(0)), dict(zip(range(0), range(0))))
print([[], [[]], [[], []]], ((),), {(): ()}, [(), ()])
el.append(5)
ed["later"] = 1
es.add(3)
print(el, ed, es, bool(el), bool(ed), bool(es))
