# Exercises Fraction arithmetic with native ints in loops, augmented assignment, sorting, dict keys and formatting.
from fractions import Fraction

h = Fraction(0)
for n in range(1, 11):
    h += Fraction(1, n)
    if n % 3 == 0:
        print(n, h, float(h))
print("H10 =", h, "num+den:", h.numerator + h.denominator)
vals = [Fraction(3, 4), Fraction(2, 3), 1, Fraction(5, 8), Fraction(-1, 2), 0]
vals.sort()
print("sorted:", vals)
print("sum:", sum(vals, Fraction(0)), "max:", max(vals), "min:", min(vals))
x = 2 + Fraction(1, 3)
y = Fraction(7, 3) - 2
print(x, y, x * 3, 3 * y, x / y, x // y, x % y, -x, abs(-y), x ** 2)
print(Fraction(4, 2) == 2, hash(Fraction(4, 2)) == hash(2), Fraction(1, 3) < 0.34)
print(f"{Fraction(22, 7)!s:>8}|{float(Fraction(22, 7)):.4f}|{Fraction(1, 3)!r}")
print("%s and %r" % (Fraction(5, 10), Fraction(6, 4)))
print(Fraction("3.1415").limit_denominator(100), Fraction(0.75), round(Fraction(7, 2)), round(Fraction(22, 7), 2))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
acc = [Fraction(1, 2)] * 3
acc[1] = acc[1] * 4
acc[2] = acc[2] - 1
print(acc, acc[1] == 2, str(acc[2]))
