# Exercises truthiness of CPython objects in if/while/and/or/not and comprehension filters (Counter, deque, Fraction, Decimal, match, timedelta).
import re
from collections import Counter, deque, OrderedDict
from fractions import Fraction
from decimal import Decimal
from datetime import timedelta
import json

objs = [Counter(), Counter("a"), deque(), deque([0]), Fraction(0), Fraction(1, 9),
        Decimal("0.0"), Decimal("-0.001"), re.match("a", "b"), re.match("a", "a"),
        timedelta(0), timedelta(seconds=1), json.loads("[]"), json.loads("{}"), json.loads('""'), json.loads("0.0"), OrderedDict()]
for i, o in enumerate(objs):
    print(i, type(o).__name__, "truthy" if o else "falsy", not o)
print(sum(1 for o in objs if o), [i for i, o in enumerate(objs) if not o])
dq = deque([3, 2, 1])
steps = 0
while dq:
    dq.pop()
    steps += 1
print("steps:", steps)
x = Fraction(0) or Decimal("2") or 5
y = Counter("z") and "yes"
z = deque() and "never"
print(x, y, z, type(z).__name__)
m = re.search(r"\d", "abc") or re.search(r"[a-z]", "abc")
print(m.group() if m else None)
print(all(Fraction(n) for n in range(1, 4)), any(Decimal(0) for _ in range(3)), bool(json.loads("null")))
