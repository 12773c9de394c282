# Tests range objects as values: list(), len, indexing (negative), slicing, membership, reversed, equality and repr.
r = range(2, 10, 3)
print(list(r), len(r), r[1], r[-1], r)
print(range(5), range(0, 5), range(1, 10, 2), range(10, 0, -2))
r2 = range(10, 0, -3)
print(list(r2), len(r2), r2[0], r2[-1], 4 in r2, 5 in r2)
empty = range(5, 5)
print(list(empty), len(empty), empty)
backwards_empty = range(0, 10, -1)
print(list(backwards_empty), len(backwards_empty))
big = range(0, 1000000, 7)
print(len(big), big[12345], 999999 in big, 700 in big, big[-1])
s = range(20)[3:15:4]
print(s, list(s))
rev = range(10)[::-1]
print(rev, list(rev)[:4])
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(sum(range(1, 11)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
print(list(reversed(range(1, 8, 2))), tuple(range(3)), set(range(4)))
rs = [range(3), range(1, 4), range(0, 9, 4)]
for rr in rs:
    print(rr, list(rr), len(rr), rr[-1])
def step_values(start, stop, step):
    out = []
    for v in range(start, stop, step):
        out.append(v)
    return out
print(step_values(0, 20, 6), step_values(5, -6, -4), step_values(3, 3, 1))
for i in range(len("abc")):
    print(i, "abc"[i])
n = 6
tri = [sum(range(k + 1)) for k in range(n)]
print(tri)
print([x for x in range(-5, 6) if x % 2 != 0], list(range(-3, 3)))
