# Tests histograms: bucketing ints and floats into dicts and lists, text bar charts, and vertical histogram rendering.
data = [3, 7, 2, 9, 4, 7, 1, 8, 3, 7, 5, 2, 9, 6, 3, 7, 4, 1, 10, 5]
counts = {}
for v in data:
    counts[v] = counts.get(v, 0) + 1
print(counts)
for v in sorted(counts):
    print(f"{v:3d} | {'#' * counts[v]} ({counts[v]})")
buckets = [0] * 5
for v in data:
    buckets[min((v - 1) // 2, 4)] += 1
print(buckets)
for b, n in enumerate(buckets):
    lo = b * 2 + 1
    print(f"{lo:2d}-{lo + 1:<2d} {'*' * n}")
heights = [2.3, 1.75, 1.8, 1.62, 1.95, 1.7, 1.88, 1.55, 2.01, 1.79]
bins = {}
for h in heights:
    key = int(h * 10) / 10
    bins[key] = bins.get(key, 0) + 1
print(sorted(bins.items()))
mode = max(counts, key=lambda k: (counts[k], -k))
print("mode", mode, "count", counts[mode])
tallest = max(buckets)
for level in range(tallest, 0, -1):
    line = ""
    for n in buckets:
        line += " # " if n >= level else "   "
    print(line.rstrip())
print("".join(f"{i:^3}" for i in range(len(buckets))))
words = "the cat and the hat and the bat sat on the mat".split()
lens = {}
for w in words:
    lens.setdefault(len(w), []).append(w)
for k in sorted(lens):
    print(k, len(lens[k]), sorted(set(lens[k])))
cumulative = []
running = 0
for n in buckets:
    running += n
    cumulative.append(running)
print(cumulative, [c * 100 // running for c in cumulative])
