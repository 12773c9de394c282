# Exercises augmented assignment on CPython containers' items/attributes: json dicts, Counter, deque, namedtuple-derived, Decimal lists.
import json
from collections import Counter, deque, defaultdict
from decimal import Decimal
from fractions import Fraction
import types

doc = json.loads('{"a": 1, "b": [1, 2, 3], "c": {"d": "x"}, "e": 1.5}')
doc["a"] += 41
doc["b"][1] *= 10
doc["b"].append(4)
doc["c"]["d"] += "yz"
doc["e"] -= 0.25
doc["f"] = doc["a"] // 5
print(json.dumps(doc, sort_keys=True))
c = Counter("aab")
for ch in "abcabc":
    c[ch] += 2
c["a"] //= 3
print(sorted(c.items()))
dq = deque([1, 2, 3])
dq[0] += 100
dq[-1] **= 2
dq.extend([7, 8])
print(dq, sum(dq))
dd = defaultdict(Fraction)
for i in range(1, 5):
    dd[i % 2] += Fraction(1, i)
print(sorted(dd.items()))
ns = types.SimpleNamespace(total=Decimal("0"), names=[])
for v in ["1.1", "2.2", "3.3"]:
    ns.total += Decimal(v)
    ns.names.append(v)
print(ns.total, ns.names, ns)
lst = json.loads("[1, 2, 3]")
lst[0] += lst[2]
lst *= 2
print(lst, len(lst))
m = json.loads('{"m": [[1, 2], [3, 4]]}')
for row in m["m"]:
    row[0] += 10
    row[1] <<= 1
print(m, m["m"][1][1] | 1)
nested = json.loads('{"acc": {"hits": 0, "log": ""}}')
for i in range(3):
    nested["acc"]["hits"] += i + 1
    nested["acc"]["log"] += str(i)
    print("iter", i, nested["acc"]["hits"], repr(nested["acc"]["log"]))
