# Tests caching with dicts keyed by tuples: grid path counting with obstacles, binomials, and a memoized partition count.
cache = {}
calls = 0

def paths(r, c, blocked):
    global calls
    calls += 1
    if (r, c) in blocked:
        return 0
    if r == 0 and c == 0:
        return 1
    if r < 0 or c < 0:
        return 0
    key = (r, c)
    if key in cache:
        return cache[key]
    result = paths(r - 1, c, blocked) + paths(r, c - 1, blocked)
    cache[key] = result
    return result

blocked = {(1, 1), (2, 3), (4, 2)}
print("paths 5x5:", paths(5, 5, blocked), "calls", calls, "cached", len(cache))
for r in range(6):
    print(" ".join(f"{cache.get((r, c), 0):4d}" for c in range(6)))

binom_memo = {}
def binom(n, k):
    if k == 0 or k == n:
        return 1
    if (n, k) in binom_memo:
        return binom_memo[(n, k)]
    v = binom(n - 1, k - 1) + binom(n - 1, k)
    binom_memo[(n, k)] = v
    return v

for n in range(8):
    print(" " * (14 - 2 * n) + " ".join(f"{binom(n, k):3d}" for k in range(n + 1)))
print("C(40,20) =", binom(40, 20), "memo size", len(binom_memo))

part_memo = {}
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key not in part_memo:
        part_memo[key] = partitions(n - largest, largest) + partitions(n, largest - 1)
    return part_memo[key]

print([partitions(n, n) for n in range(1, 21)])
print("p(60) =", partitions(60, 60))
hits = sorted(k for k in part_memo if k[0] == k[1])[:5]
print(hits, [part_memo[k] for k in hits])
collatz = {1: 0}
def steps(n):
    if n in collatz:
        return collatz[n]
    s = 1 + steps(n // 2 if n % 2 == 0 else 3 * n + 1)
    collatz[n] = s
    return s
best = max(range(1, 3000), key=steps)
print("longest collatz under 3000:", best, steps(best), "cache", len(collatz))
