# Tests dynamic programming: edit distance with operation traceback, longest increasing subsequence and coin change.
def edit_distance(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = i
    for j in range(m + 1):
        dp[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    ops = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and dp[i][j] == dp[i - 1][j - 1] + (0 if a[i - 1] == b[j - 1] else 1):
            if a[i - 1] != b[j - 1]:
                ops.append(f"sub {a[i - 1]}->{b[j - 1]}")
            i -= 1
            j -= 1
        elif i > 0 and dp[i][j] == dp[i - 1][j] + 1:
            ops.append(f"del {a[i - 1]}")
            i -= 1
        else:
            ops.append(f"ins {b[j - 1]}")
            j -= 1
    ops.reverse()
    return dp[n][m], ops

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    d, ops = edit_distance(a, b)
    print(f"{a!r:>12} {b!r:<12} {d} {ops}")

def lis(xs):
    best = [1] * len(xs)
    prev = [-1] * len(xs)
    for i in range(len(xs)):
        for j in range(i):
            if xs[j] < xs[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
                prev[i] = j
    k = max(range(len(xs)), key=lambda i: best[i])
    seq = []
    while k != -1:
        seq.append(xs[k])
        k = prev[k]
    return seq[::-1]

print(lis([10, 9, 2, 5, 3, 7, 101, 18]))
print(lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]))

def coin_change(coins, amount):
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
    fewest = [amount + 1] * (amount + 1)
    fewest[0] = 0
    for v in range(1, amount + 1):
        for c in coins:
            if c <= v and fewest[v - c] + 1 < fewest[v]:
                fewest[v] = fewest[v - c] + 1
    return ways[amount], (fewest[amount] if fewest[amount] <= amount else -1)

for coins, amount in [([1, 2, 5], 11), ([2], 3), ([1, 5, 10, 25], 63), ([3, 7], 20)]:
    print(coins, amount, coin_change(coins, amount))
