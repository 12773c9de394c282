# Tests sets of ints: creation, add, discard, remove, pop, update, membership, len and CPython's set repr order.
s = {3, 1, 2, 100, 17}
print(s, len(s))
s.add(5)
s.add(3)
print(s)
s.discard(100)
s.discard(999)
print(s)
s.remove(17)
print(s, 17 in s, 2 in s)
s.update([40, 8, 1])
print(s)
s.update(range(20, 23))
print(s, len(s))
big = {1000, 64, 33, 7, 2048, 9}
print(big)
negs = {-1, -5, 0, 3, -2}
print(negs)
from_list = set([4, 4, 2, 2, 9, 1, 9])
print(from_list, len(from_list))
empty = set()
print(empty, len(empty))
empty.add(0)
print(empty)
popped = []
work = {8, 3, 5}
while work:
    popped.append(work.pop())
print(sorted(popped), work)
seen = set()
dups = []
for n in [5, 3, 5, 1, 3, 5, 9]:
    if n in seen:
        dups.append(n)
    else:
        seen.add(n)
print(seen, dups)
copy = s.copy()
copy.add(-7)
print(len(s), len(copy), -7 in s)
squares = {i * i for i in range(-4, 5)}
print(squares, sorted(squares))
print({10, 20} == {20, 10}, {1} != {1, 2}, set() == set())
print(sum(s), max(s), min(s))
copy.clear()
print(copy)
