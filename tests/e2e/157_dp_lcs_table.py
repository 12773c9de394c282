# Tests dynamic programming on 2-D tables: LCS with reconstruction, edit distance, and grid path counting.
def lcs(a, b):
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    out = []
    i, j = n, m
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return table, "".join(reversed(out))
table, common = lcs("ABCBDAB", "BDCABA")
for row in table:
    print(row)
print("lcs:", common, len(common))
print(lcs("kitten", "sitting")[1], lcs("", "abc")[1] == "", lcs("same", "same")[1])
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(b)]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("日本語", "日本")]:
    print(a, b, edit_distance(a, b))
def grid_paths(rows, cols, blocked):
    dp = [[0] * cols for _ in range(rows)]
    dp[0][0] = 1
    for r in range(rows):
        for c in range(cols):
            if (r, c) in blocked:
                dp[r][c] = 0
                continue
            if r > 0:
                dp[r][c] += dp[r - 1][c]
            if c > 0:
                dp[r][c] += dp[r][c - 1]
    return dp
dp = grid_paths(4, 5, {(1, 1), (2, 3)})
for row in dp:
    print(" ".join(f"{v:3d}" for v in row))
print(grid_paths(10, 10, set())[9][9])
