# Tests set algebra on ints and tuples: union/intersection/difference, subsets, frozenset keys, and grid neighbours.
evens = set(range(0, 30, 2))
threes = {x for x in range(30) if x % 3 == 0}
primes = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29}
print(sorted(evens & threes))
print(sorted(threes | primes))
print(sorted(primes - evens), sorted(evens ^ threes)[:8])
print(primes.isdisjoint({4, 6, 8}), {2, 3} <= primes, primes >= {29}, {3} < threes)
u = evens.union(threes, primes)
print(len(u), min(u), max(u))
i = set(range(30)).intersection(evens, threes)
print(sorted(i))
d = set(range(10))
d.difference_update(evens)
print(sorted(d))
d.symmetric_difference_update({1, 2, 3})
print(sorted(d))

cells = {(0, 0), (0, 1), (1, 0), (2, 2), (3, 2), (3, 3)}
def neighbours(cell):
    r, c = cell
    return {(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)}
touching = set()
for cell in cells:
    touching |= neighbours(cell) & cells
print(sorted(touching))
isolated = cells - touching
print("isolated", sorted(isolated))
border = set()
for cell in cells:
    border.update(neighbours(cell))
border -= cells
print(len(border), sorted(border)[:5])

groups = {}
for a in range(1, 13):
    divs = frozenset(x for x in range(1, a + 1) if a % x == 0)
    groups.setdefault(len(divs), []).append(a)
print(groups)
seen = {}
for a in range(1, 13):
    key = frozenset(x for x in (2, 3, 5) if a % x == 0)
    seen.setdefault(key, []).append(a)
for key in sorted(seen, key=lambda k: (len(k), sorted(k))):
    print(sorted(key), seen[key])
pairs = {(a, b) for a in range(5) for b in range(5) if a < b}
sym = {(b, a) for a, b in pairs}
print(len(pairs), len(sym), len(pairs & sym), sorted(pairs | sym)[:6])
fs = frozenset([3, 1, 2])
print(fs == frozenset({1, 2, 3}), sorted(fs | {9}), len(fs - {1}))
