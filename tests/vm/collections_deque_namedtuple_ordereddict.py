# collections.deque, namedtuple and OrderedDict: sliding windows, records, an LRU cache
from collections import deque, namedtuple, OrderedDict

Reading = namedtuple("Reading", ["sensor", "hour", "value"])
Point3 = namedtuple("Point3", "x y z", defaults=[0])

readings = [Reading("t1", h, v) for h, v in enumerate([20.5, 21.0, 22.5, 25.0, 24.0, 23.5, 19.0, 18.5])]
print(readings[0], readings[0]._asdict())
print(readings[3]._replace(value=99.9), Reading._fields)
p = Point3(1, 2)
print(p, p.z, p._make([4, 5, 6]), Point3(*p) == p)


def moving_average(values, size):
    window = deque(maxlen=size)
    out = []
    for v in values:
        window.append(v)
        if len(window) == size:
            out.append(round(sum(window) / size, 2))
    return out


print("moving avg:", moving_average([r.value for r in readings], 3))

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.appendleft(0)
d.extend([6, 7])
d.extendleft([-2, -1])
print(d, d.popleft(), d.pop(), len(d))


def is_palindrome(s):
    chars = deque(c.lower() for c in s if c.isalnum())
    while len(chars) > 1:
        if chars.popleft() != chars.pop():
            return False
    return True


for s in ["A man, a plan, a canal: Panama", "hello", "No lemon, no melon"]:
    print(repr(s), is_palindrome(s))


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evicted", evicted)


cache = LRUCache(3)
for k in "abc":
    cache.put(k, ord(k))
cache.get("a")
cache.put("d", 100)
cache.put("e", 101)
print(list(cache.data.items()), cache.get("b"))

od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
print(od, od == OrderedDict([("y", 0), ("z", 0), ("x", 0)]), od == {"x": 0, "y": 0, "z": 0})
