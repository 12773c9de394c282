# collections and itertools objects used from native code.
import collections
import itertools

counter = collections.Counter("abracadabra")
print(counter.most_common(3))
print(counter["a"], counter["z"])
dq = collections.deque([1, 2, 3])
dq.appendleft(0)
dq.append(4)
dq.rotate(2)
print(list(dq), len(dq))
pairs = list(itertools.combinations([1, 2, 3, 4], 2))
print(pairs, len(pairs))
total = 0
for a, b in itertools.product(range(3), range(3)):
    total += a * b
print(total)
print(list(itertools.accumulate([1, 2, 3, 4])))
for key, group in itertools.groupby(sorted("mississippi")):
    print(key, len(list(group)))
Point = collections.namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y)
dd = collections.defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(sorted(dd.items()))
