# Tests min/max with 2+ scalar args (mixed int/float keep original type), and abs of ints/floats/-0.0.
print(max(1, 2), min(1, 2), max(-1, -2), min(-1, -2))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(max(3, 1, 4, 1, 5, 9, 2, 6), min(3, 1, 4, 1, 5, 9, 2, 6))
print(max("apple", "banana"), min("apple", "banana"), max("a", "B", "c"), min("日本", "abc", "héllo"))
print(max(True, False), min(True, False))
print(max(float('inf'), 1e308), min(float('-inf'), -1e308))
print(abs(-5), abs(5), abs(0), abs(-2 ** 62), abs(-9223372036854775807))
print(abs(-5.5), abs(5.5), abs(-0.0), abs(0.0), abs(float('-inf')), abs(-1e-320))
print(abs(-3) + abs(-2.5), abs(3 - 10), abs(10 - 3))
print(max(abs(-7), abs(3)), min(abs(-7.5), abs(3.0)))
best = -1
for i in range(20):
    v = (i * 37) % 23
    best = max(best, v)
print("best", best)
lo = 1e308
hi = -1e308
for i in range(1, 30):
    x = (i * 7.3) % 11.0 - 5.0
    lo = min(lo, x)
    hi = max(hi, x)
print("lo", lo, "hi", hi)
def clamp(x, lo, hi):
    return max(lo, min(x, hi))

for i in range(-3, 14, 4):
    print(i, clamp(i, 0, 10), clamp(i / 2, 0.5, 4.5))
print(max(min(5, 10), min(20, 7)), min(max(1, -1), max(-5, -10)))
print(max(0, -0), min(-0.0, 0.0))
