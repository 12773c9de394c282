# Tests lists of floats: statistics (mean, variance, median), normalization, running sums, and float reprs in lists.
data = [2.5, 3.7, 1.2, 9.8, 4.4, 6.1, 3.3]
n = len(data)
mean = sum(data) / n
print(data, n, mean)
var = sum((x - mean) ** 2 for x in data) / n
print("variance", var, "stddev", var ** 0.5)
s = sorted(data)
median = s[n // 2] if n % 2 == 1 else (s[n // 2 - 1] + s[n // 2]) / 2
print(s, median)
lo = min(data)
hi = max(data)
norm = [(x - lo) / (hi - lo) for x in data]
print(norm)
running = []
acc = 0.0
for x in data:
    acc += x
    running.append(acc)
print(running)
pct = [x / sum(data) * 100 for x in data]
print([f"{p:.1f}" for p in pct], sum(pct))
halves = [k2 / 2 for k2 in range(7)]
print(halves, sum(halves))
tenths = [i * 0.1 for i in range(11)]
print(tenths)
accum = 0.0
for i in range(10):
    accum += 0.1
print(accum, accum == 1.0, abs(accum - 1.0) < 1e-9)
temps_c = [-40.0, 0.0, 37.0, 100.0]
temps_f = [tc * 9 / 5 + 32 for tc in temps_c]
print(list(zip(temps_c, temps_f)))
weights = [0.2, 0.3, 0.5]
scores = [80.0, 90.0, 70.0]
print(sum(w * s2 for w, s2 in zip(weights, scores)))
moving = [sum(data[i:i + 3]) / 3 for i in range(n - 2)]
print(moving)
print([x for x in data if x > mean], max(data) - min(data))
vals = [1e-3, 1.5e10, -2.25, 3.0, 1e100, float("inf"), -float("inf")]
print(vals, sorted(vals))
grid = [[0.5 * r + c for c in range(3)] for r in range(3)]
print(grid, [sum(row) for row in grid])
