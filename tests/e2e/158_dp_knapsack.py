# Tests 1-D and 2-D DP: 0/1 knapsack with item reconstruction, coin change (ways and min coins), LIS and max subarray.
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
cap = 200
n = len(items)
best = [[0] * (cap + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    name, w, v = items[i - 1]
    for c in range(cap + 1):
        best[i][c] = best[i - 1][c]
        if w <= c and best[i - 1][c - w] + v > best[i][c]:
            best[i][c] = best[i - 1][c - w] + v
print("best value", best[n][cap])
chosen = []
c = cap
for i in range(n, 0, -1):
    if best[i][c] != best[i - 1][c]:
        chosen.append(items[i - 1][0])
        c -= items[i - 1][1]
chosen.reverse()
print("chosen", chosen, "weight", sum(it[1] for it in items if it[0] in chosen))
def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways
ways12 = coin_ways([1, 2, 5], 12)
print(ways12, ways12[-1])
print(coin_ways([2, 5, 3, 6], 10)[10], coin_ways([25, 10, 5, 1], 100)[100])
def min_coins(coins, amount):
    INF = amount + 1
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and dp[a - coin] + 1 < dp[a]:
                dp[a] = dp[a - coin] + 1
    return dp[amount] if dp[amount] != INF else -1
print([min_coins([1, 3, 4], a) for a in range(13)], min_coins([5, 7], 3), min_coins([5, 7], 24))
def lis(seq):
    lengths = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and lengths[j] + 1 > lengths[i]:
                lengths[i] = lengths[j] + 1
                prev[i] = j
    k = lengths.index(max(lengths))
    out = []
    while k != -1:
        out.append(seq[k])
        k = prev[k]
    return lengths, out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]))
def max_subarray(xs):
    best_sum = xs[0]
    cur = xs[0]
    start = end = s = 0
    for i in range(1, len(xs)):
        if cur < 0:
            cur = xs[i]
            s = i
        else:
            cur += xs[i]
        if cur > best_sum:
            best_sum, start, end = cur, s, i
    return best_sum, xs[start:end + 1]
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
