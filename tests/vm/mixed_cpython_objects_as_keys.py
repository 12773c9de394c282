# Exercises CPython objects (Fraction, Decimal, date, namedtuple, frozenset-like results) as native dict keys and set members.
from fractions import Fraction
from decimal import Decimal
from datetime import date
from collections import namedtuple

P = namedtuple("P", "x y")
table = {}
for n in range(1, 7):
    table[Fraction(n, 2)] = n
print(len(table), table[Fraction(1)], table[2], 3 in table, Fraction(5, 2) in table)
table[Decimal("1.5")] = "dec"
print(table[Fraction(3, 2)], len(table))
seen = set()
for a, b in [(1, 2), (2, 4), (3, 6), (1, 3)]:
    seen.add(Fraction(a, b))
print(sorted(seen), len(seen))
cal = {}
for d in [date(2024, 1, 5), date(2024, 1, 5), date(2023, 5, 1)]:
    cal[d] = cal.get(d, 0) + 1
print(sorted(cal.items()))
grid = {P(0, 0): "origin", P(1, 0): "east"}
grid[(0, 1)] = "north"
print(grid[P(0, 1)], grid[(1, 0)], sorted(grid.values()))
for key in sorted(grid):
    print(key, grid[key], type(key).__name__)
mixed = {1: "int", 1.0: "float", Fraction(1): "frac", Decimal(1): "dec", True: "bool"}
print(mixed, len(mixed))
inv = {v: k for k, v in table.items() if isinstance(v, int)}
print(inv)
print(Fraction(1, 2) in {0.5}, Decimal("0.5") in {Fraction(1, 2)}, {Fraction(2): 1} == {2: 1})
