# Exercises json.dumps options (sort_keys, separators, indent, ensure_ascii) and json.loads with CPython hooks (parse_float=Decimal, parse_int=Fraction) in native loops.
import json
from decimal import Decimal
from fractions import Fraction

rows = [{"id": i, "name": "item%d" % i, "score": i * 1.5, "ok": i % 2 == 0} for i in range(4)]
for r in rows:
    print(json.dumps(r, sort_keys=True))
print(json.dumps([1, {"b": 2, "a": [True, None]}], separators=(",", ":")))
print(json.dumps({"z": [1, 2], "a": {"x": "y"}}, indent=1, sort_keys=True))
money = json.loads('{"price": 19.99, "qty": 3, "rate": 0.1}', parse_float=Decimal)
print(money["price"] * money["qty"], type(money["rate"]).__name__, money["price"] + money["rate"])
fr = json.loads("[1, 2, 3.5]", parse_int=Fraction, parse_float=Decimal)
acc = Fraction(0)
for v in fr:
    print(type(v).__name__, v)
    if isinstance(v, Fraction):
        acc = acc + v / 3
print("acc:", acc)
try:
    json.dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps("naïve ☃"), json.dumps("naïve ☃", ensure_ascii=False), json.dumps(float("inf")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
