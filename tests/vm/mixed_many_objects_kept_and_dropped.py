# Hundreds of thousands of CPython objects made from native loops: the ones
# kept in native lists, dicts and variables stay alive across collections,
# the dropped ones are released (the run stays small and the values right).
import re
from fractions import Fraction
from decimal import Decimal

WORD = re.compile(r"([a-z]+)(\d+)")
kept = []
by_name = {}
last = None
total = 0
for i in range(60000):
    m = WORD.match("item" + str(i % 977))
    total += int(m.group(2))
    if i % 600 == 0:
        kept.append(Fraction(i, 7))
        by_name["k" + str(i)] = Decimal(i) / 4
        last = m
print(total)
print(len(kept), sum(kept), kept[3], kept[-1])
print(len(by_name), by_name["k600"], by_name["k59400"])
print(last.group(1), last.group(2), last.span())
junk = [str(n) * 3 for n in range(20000)]
print(kept[0] + kept[1], by_name["k0"] + 1)
