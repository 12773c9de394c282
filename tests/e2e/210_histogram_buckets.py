# Tests histograms: bucketing ints and floats, horizontal and vertical bar charts, percentiles and mode.
data = [23, 45, 12, 67, 34, 89, 21, 45, 56, 78, 45, 34, 90, 11, 65, 43, 38, 45, 72, 29,
        51, 64, 33, 47, 58, 45, 39, 81, 27, 60]
print("n =", len(data), "min", min(data), "max", max(data))
width = 10
buckets = {}
for x in data:
    b = (x // width) * width
    buckets[b] = buckets.get(b, 0) + 1
for b in range(10, 100, width):
    c = buckets.get(b, 0)
    print(f"{b:3d}-{b + width - 1:<3d}|{'*' * c:<8}| {c}")

tallest = max(buckets.values())
keys = list(range(10, 100, width))
for level in range(tallest, 0, -1):
    print("".join(" # " if buckets.get(k, 0) >= level else "   " for k in keys))
print("".join(f"{k:^3d}" for k in keys))

s = sorted(data)
def percentile(p):
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)
for p in [0, 10, 25, 50, 75, 90, 100]:
    print(f"p{p:<3d} {percentile(p):7.2f}")

counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(sorted(counts), key=lambda x: counts[x])
print("mode", mode, "x", counts[mode])
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(f"mean {mean:.4f} var {var:.4f} std {var ** 0.5:.4f}")

temps = [12.5, 14.1, 9.8, 17.3, 21.0, 19.6, 15.5, 8.2, 11.9, 23.4]
fb = {}
for t in temps:
    key = int(t // 5)
    fb.setdefault(key, []).append(t)
for k in sorted(fb):
    print(f"[{k * 5:4.1f}, {k * 5 + 5:4.1f}) {fb[k]}")
