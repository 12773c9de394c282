# Tests an uncaught IndexError from reading past the end of a list; expect "IndexError: list index out of range", exit 1.
scores = [88, 92, 75, 64]
total = 0
for i in range(len(scores)):
    total += scores[i]
    print("index", i, "score", scores[i], "running", total)
print("last via -1:", scores[-1], "first via -4:", scores[-4])
print("slices never fail:", scores[2:10], scores[10:], scores[-10:1])
grid = [[1, 2, 3], [4, 5, 6]]
print(grid[1][2], grid[-1][-3])
def nth_or_fail(xs, n):
    print("reading position", n, "of", len(xs))
    return xs[n]
print(nth_or_fail(scores, 3))
print(nth_or_fail(scores, -4))
pairs = []
for i in range(len(scores)):
    pairs.append((scores[i], nth_or_fail(scores, i + 1)))
    print("pairs", pairs)
print("unreachable", pairs)
