# Tests weighted interval scheduling and 0/1 knapsack with item reconstruction, using lists and tuple-keyed memo dicts.
jobs = [(1, 4, 5), (3, 5, 1), (0, 6, 8), (4, 7, 4), (3, 9, 6), (5, 9, 3), (6, 10, 2), (8, 11, 4)]
jobs.sort(key=lambda j: j[1])
print(jobs)

def last_compatible(i):
    lo, hi = 0, i - 1
    ans = -1
    while lo <= hi:
        mid = (lo + hi) // 2
        if jobs[mid][1] <= jobs[i][0]:
            ans = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return ans

p = [last_compatible(i) for i in range(len(jobs))]
print("p =", p)
best = [0] * (len(jobs) + 1)
for i in range(1, len(jobs) + 1):
    take = jobs[i - 1][2] + best[p[i - 1] + 1]
    best[i] = max(best[i - 1], take)
print("best", best)
chosen = []
i = len(jobs)
while i > 0:
    if jobs[i - 1][2] + best[p[i - 1] + 1] >= best[i - 1]:
        chosen.append(jobs[i - 1])
        i = p[i - 1] + 1
    else:
        i -= 1
print("chosen", chosen[::-1], sum(j[2] for j in chosen))

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30)]
memo = {}
def knap(i, cap):
    if i == len(items) or cap == 0:
        return 0
    key = (i, cap)
    if key in memo:
        return memo[key]
    name, w, v = items[i]
    result = knap(i + 1, cap)
    if w <= cap:
        result = max(result, v + knap(i + 1, cap - w))
    memo[key] = result
    return result

for cap in [50, 100, 200, 400]:
    memo = {}
    total = knap(0, cap)
    pick = []
    c = cap
    for i in range(len(items)):
        if knap(i, c) != knap(i + 1, c):
            pick.append(items[i][0])
            c -= items[i][1]
    print(f"cap {cap:3d}: value {total:4d} weight {cap - c:3d} memo {len(memo):4d} {pick}")
