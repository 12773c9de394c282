# Exercises sorting/min/max/sum over native lists mixing ints, floats, Fractions and Decimals, with native key functions.
from fractions import Fraction
from decimal import Decimal

nums = [3, Fraction(5, 2), 2.75, Fraction(-1, 3), 0, Fraction(7, 7), -1.5, 10]
print(sorted(nums))
print(sorted(nums, reverse=True)[:3])
print(sorted(nums, key=lambda v: abs(v)))
print("sum:", sum(nums, Fraction(0)), type(sum(nums, Fraction(0))).__name__)
fr_only = [v for v in nums if isinstance(v, Fraction)]
print("fractions:", fr_only, sum(fr_only, Fraction(0)), type(sum(fr_only, Fraction(0))).__name__)
print(min(nums), max(nums), nums.index(Fraction(1)), nums.count(1))
decs = [Decimal("1.1"), 2, Decimal("0.9"), Decimal("-3"), 1]
decs.sort()
print(decs, sum(decs, Decimal(0)), sum(decs, Decimal(0)) * 2)
print(Decimal("0.5") < Fraction(2, 3), Fraction(1, 2) == Decimal("0.5"), Decimal(2) > 1.5)
pairs = sorted([(Fraction(1, 2), "b"), (Fraction(1, 2), "a"), (Fraction(1, 4), "z")])
print(pairs)
def rank(v):
    return (0 if isinstance(v, int) else 1, v)
print(sorted([Fraction(3, 2), 1, Fraction(1, 2), 4, 2], key=rank))
total = 0
for v in nums:
    total = total + v
print("running total:", total, total == sum(nums, Fraction(0)))
acc = Fraction(0)
for i, v in enumerate(nums):
    if isinstance(v, float):
        continue
    acc += v * i
print("weighted:", acc)
try:
    sorted([Decimal(1), Fraction(1, 2), 0.3, "x"])
except TypeError as e:
    print("TypeError:", e)
