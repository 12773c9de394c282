# Tests prefix sums (1-D and 2-D), sliding windows with a running sum, two pointers and subarray sum counting with a dict.
xs = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3]
prefix = [0]
for v in xs:
    prefix.append(prefix[-1] + v)
print(prefix)
for i, j in [(0, 3), (2, 7), (5, 10), (4, 4)]:
    print(f"sum xs[{i}:{j}] = {prefix[j] - prefix[i]} check {sum(xs[i:j])}")
k = 3
window = sum(xs[:k])
best = window
best_at = 0
sums = [window]
for i in range(k, len(xs)):
    window += xs[i] - xs[i - k]
    sums.append(window)
    if window > best:
        best, best_at = window, i - k + 1
print(sums, best, best_at, xs[best_at:best_at + k])
def count_subarrays(values, target):
    seen = {0: 1}
    total = 0
    count = 0
    for v in values:
        total += v
        count += seen.get(total - target, 0)
        seen[total] = seen.get(total, 0) + 1
    return count, seen
print(count_subarrays(xs, 4))
print(count_subarrays([1, 1, 1], 2)[0], count_subarrays([0, 0, 0], 0)[0])
sorted_xs = sorted(xs)
pairs = []
lo, hi = 0, len(sorted_xs) - 1
while lo < hi:
    s = sorted_xs[lo] + sorted_xs[hi]
    if s == 4:
        pairs.append((sorted_xs[lo], sorted_xs[hi]))
        lo += 1
        hi -= 1
    elif s < 4:
        lo += 1
    else:
        hi -= 1
print(sorted_xs, pairs)
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
P = [[0] * 5 for _ in range(4)]
for r in range(3):
    for c in range(4):
        P[r + 1][c + 1] = grid[r][c] + P[r][c + 1] + P[r + 1][c] - P[r][c]
for row in P:
    print(row)
def rect(r1, c1, r2, c2):
    return P[r2][c2] - P[r1][c2] - P[r2][c1] + P[r1][c1]
print(rect(0, 0, 3, 4), rect(1, 1, 3, 3), rect(0, 2, 2, 4))
text = "abcabcbbxyzw"
start = 0
last = {}
longest = ""
for i, ch in enumerate(text):
    if ch in last and last[ch] >= start:
        start = last[ch] + 1
    last[ch] = i
    if i - start + 1 > len(longest):
        longest = text[start:i + 1]
print(longest, last)
