# Fractions and decimals computed in CPython, driven by native loops.
from fractions import Fraction
from decimal import Decimal, getcontext

total = Fraction(0)
for n in range(1, 11):
    total += Fraction(1, n)
print(total, float(total))
print(total.numerator, total.denominator)
getcontext().prec = 30
root = Decimal(2).sqrt()
print(root)
amount = Decimal("19.99")
for _ in range(3):
    amount = amount * Decimal("1.05")
print(amount.quantize(Decimal("0.01")))
values = [Fraction(1, 3), Fraction(2, 5), Fraction(3, 7)]
print(sorted(values), max(values), min(values))
print(sum(values), Fraction(3, 4) > Fraction(2, 3))
print(f"{float(Fraction(22, 7)):.4f}", str(Fraction(10, 4)))
