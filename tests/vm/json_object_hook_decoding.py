# json.loads with object_hook and parse_float/object_pairs_hook to build objects
import json
from decimal import Decimal
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2


def hook(d):
    if d.get("type") == "point":
        return Point(d["x"], d["y"])
    if "__date__" in d:
        return tuple(int(p) for p in d["__date__"].split("-"))
    return d


doc = """
{
  "name": "route",
  "stops": [
    {"type": "point", "x": 0, "y": 0},
    {"type": "point", "x": 3, "y": 4},
    {"type": "point", "x": 6, "y": 8},
    {"type": "point", "x": 6, "y": 0}
  ],
  "created": {"__date__": "2022-11-05"},
  "meta": {"owner": "ana", "version": 3}
}
"""

route = json.loads(doc, object_hook=hook)
print(route["name"], route["created"], route["meta"])
stops = route["stops"]
for s in stops:
    print(" ", s)
legs = [a.dist2(b) ** 0.5 for a, b in zip(stops, stops[1:])]
print("legs:", legs)
print("total length:", sum(legs))

prices = json.loads('{"apple": 0.1, "pear": 0.2, "plum": 0.7}', parse_float=Decimal)
print(prices)
print("sum with Decimal:", sum(prices.values()))
print("sum with float:", sum(json.loads('[0.1, 0.2, 0.7]')))

pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda kv: kv)
print("pairs:", pairs)
od = json.loads('{"z": 1, "y": 2, "x": 3}', object_pairs_hook=OrderedDict)
print(type(od).__name__, list(od.items()))
ints = json.loads('[1, 2, 3.0]', parse_int=lambda s: int(s) * 10)
print(ints)
print(json.loads('{"n": NaN, "i": Infinity}'))
