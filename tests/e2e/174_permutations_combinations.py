# Tests recursive generation of permutations, combinations, subsets and cartesian products into lists of lists/tuples.
def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out
def combinations(xs, k):
    if k == 0:
        return [[]]
    if len(xs) < k:
        return []
    with_first = [[xs[0]] + c for c in combinations(xs[1:], k - 1)]
    without_first = combinations(xs[1:], k)
    return with_first + without_first
def subsets(xs):
    out = [[]]
    for x in xs:
        out = out + [s + [x] for s in out]
    return out
def product(a, b):
    return [(x, y) for x in a for y in b]
perms = permutations([1, 2, 3])
print(perms, len(perms))
print(len(permutations([1, 2, 3, 4, 5])), permutations([7]))
word_perms = sorted(set("".join("aab"[i] for i in p) for p in permutations([0, 1, 2])))
print(word_perms)
print(combinations([1, 2, 3, 4], 2))
print(combinations([10, 20, 30], 2), combinations([1, 2], 3), combinations([5], 0))
print([len(combinations(list(range(6)), k)) for k in range(7)])
subs = subsets([1, 2, 3])
print(subs, len(subs))
print(sorted(subs, key=lambda s: (len(s), s)))
print(product([1, 2], ["x", "y", "z"]))
target = 10
nums = [2, 3, 5, 7, 8]
hits = [s for s in subsets(nums) if sum(s) == target]
print(hits)
def next_permutation(xs):
    a = xs[:]
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return a[::-1]
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = a[i + 1:][::-1]
    return a
cur = [1, 2, 3]
seq = []
for _ in range(7):
    seq.append(tuple(cur))
    cur = next_permutation(cur)
print(seq)
print(sum(1 for p in permutations([1, 2, 3, 4]) if all(p[i] != i + 1 for i in range(4))))
