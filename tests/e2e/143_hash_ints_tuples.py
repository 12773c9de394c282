# Tests hash() of ints (small, negative, -1 special case, large) and tuples of ints, plus equal-hash consistency.
for v in [0, 1, 7, 42, -1, -2, -100, 10 ** 9, 2 ** 40, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 9223372036854775807]:
    print(v, hash(v))
print((), hash(()))
for t1 in [(0,), (1,), (-1,), (-2,), (1000000,)]:
    print(t1, hash(t1))
for t2 in [(1, 2), (2, 1), (-1, -2), (0, 0), (7, -7)]:
    print(t2, hash(t2))
print((1, 2, 3), hash((1, 2, 3)), (0, 0, 0, 0), hash((0, 0, 0, 0)))
print(((1, 2), 3), hash(((1, 2), 3)), (1, (2, 3)), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash((1, (2, 3))) == hash((1, (2, 3))))
def bucket(key, size):
    return hash(key) % size
keys = [(0, 0), (0, 1), (1, 0), (5, 5), (10, 3)]
buckets = {}
for k in keys:
    buckets.setdefault(bucket(k, 7), []).append(k)
print(sorted(buckets.items()))
print([hash(n) % 8 for n in range(-4, 12)])
print(hash(-1) == hash(-2), hash(0) == hash(()), hash((0,)) == hash((0, 0)))
seen = {}
for a in range(3):
    for b in range(3):
        h = hash((a, b))
        seen[h] = seen.get(h, 0) + 1
print(len(seen), max(seen.values()))
print(hash((-1,)) == hash((-2,)), hash((3, 4)) - hash((3, 4)))
