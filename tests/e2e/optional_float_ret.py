import math
def safe_div(a, b):
    if b == 0:
        return None
    return a / b

pairs = [(1, 2), (3, 0), (10, 4), (-1, 3), (0, 5)]
rs = [safe_div(a, b) for a, b in pairs]
print(rs)
for r in rs:
    if r is None:
        print("n/a")
    else:
        print(f"{r:.3f}", f"{r:>10.2f}", round(r, 2), math.floor(r), r * 2.5)
vals = [r for r in rs if r is not None]
print(sum(vals), max(vals), min(vals))
print(sorted(vals))
x = safe_div(1, 0)
print(x == None, x != 0.0, x is None)
y = safe_div(0, 5)
print(y, bool(y), y or 1.5, y == 0)
print(f"{x}", f"{y}")
print(float(x))
