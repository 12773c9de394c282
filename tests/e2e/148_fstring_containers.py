# Tests f-strings with container values: !r, format specs on elements, alignment, nested indexing and expressions.
items = [("widget", 4, 3.5), ("gadget", 10, 12.25), ("doohickey", 1, 99.999)]
for name, qty, price in items:
    print(f"{name:<10}|{qty:>4}|{price:>8.2f}|{qty * price:10.3f}")
nums = [1, 22, 333]
print(f"nums={nums} len={len(nums)} first={nums[0]} last={nums[-1]}")
d = {"a": [1, 2], "b": [3]}
print(f"{d} {d['a']} {d['b'][0]} {len(d)}")
t = (1.5, "x", True)
print(f"{t} {t[0]:.3f} {t[1]!r} {t[2]}")
words = ["alpha", "beta"]
print(f"{words!r} {words[0]!r:>10} {words[1]:^9}|")
print(f"{'-'.join(words)} {', '.join(str(n) for n in nums)}")
s = {3, 1, 2}
fs = frozenset([5, 4])
print(f"{s} {fs} {sorted(s)} {set()} {frozenset()}")
print(f"{[]} {()} {{}} {dict()} {(1,)}")
width = 12
for w in words:
    print(f"[{w:>{width}}] [{w:<{width}}] [{w:*^{width}}]")
grid = [[1, 2], [3, 4]]
print(f"{grid} {grid[1]} {grid[1][0]} {sum(sum(r) for r in grid)}")
pct = [0.1234, 0.5, 1.0]
print([f"{p:.1%}" for p in pct], [f"{p:e}" for p in pct], [f"{p:g}" for p in pct])
big = [1234567, 89, -4321]
print([f"{n:,}" for n in big], [f"{n:+d}" for n in big], [f"{n:08d}" for n in big])
print([f"{n:x}" for n in [255, 16, 7]], [f"{n:#b}" for n in [5, 8]], [f"{n:o}" for n in [8, 64]])
people = {"ann": 31, "bob": 25}
for k, v in people.items():
    print(f"{k!r:>6}: {v:03d} {'adult' if v >= 18 else 'minor'}")
print(f"len={len(people)} keys={list(people)} total={sum(people.values()):>5}")
nested = {"outer": {"inner": (1, 2)}}
print(f"{nested['outer']['inner'][1]} {nested}")
