# Tests memoization with dicts keyed by tuples and ints: binomials, grid paths, partitions, and a call-count comparison.
calls = 0
memo = {}
def binom(n, k):
    global calls
    calls += 1
    if k == 0 or k == n:
        return 1
    key = (n, k)
    if key in memo:
        return memo[key]
    result = binom(n - 1, k - 1) + binom(n - 1, k)
    memo[key] = result
    return result
print(binom(10, 5), binom(30, 15), binom(60, 30), calls, len(memo))
for n in range(8):
    print(" " * (8 - n) * 2 + "".join(f"{binom(n, k):4d}" for k in range(n + 1)))
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
print([partitions(n, n) for n in range(15)], partitions(100, 100), len(part_memo))
fib_cache = {0: 0, 1: 1}
def fib(n):
    if n not in fib_cache:
        fib_cache[n] = fib(n - 1) + fib(n - 2)
    return fib_cache[n]
print(fib(90), len(fib_cache), [fib(i) for i in range(12)])
slow_calls = 0
def slow_paths(r, c):
    global slow_calls
    slow_calls += 1
    if r == 0 or c == 0:
        return 1
    return slow_paths(r - 1, c) + slow_paths(r, c - 1)
path_memo = {}
def fast_paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in path_memo:
        path_memo[(r, c)] = fast_paths(r - 1, c) + fast_paths(r, c - 1)
    return path_memo[(r, c)]
print(slow_paths(8, 8), slow_calls, fast_paths(8, 8), len(path_memo), fast_paths(16, 16))
print(sorted(path_memo.items())[:6])
edit_memo = {}
def edit(a, b, i, j):
    if i == len(a):
        return len(b) - j
    if j == len(b):
        return len(a) - i
    key = (i, j)
    if key in edit_memo:
        return edit_memo[key]
    if a[i] == b[j]:
        res = edit(a, b, i + 1, j + 1)
    else:
        res = 1 + min(edit(a, b, i + 1, j), edit(a, b, i, j + 1), edit(a, b, i + 1, j + 1))
    edit_memo[key] = res
    return res
print(edit("sunday", "saturday", 0, 0), len(edit_memo))
