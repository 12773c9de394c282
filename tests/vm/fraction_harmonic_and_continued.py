# fractions.Fraction: exact harmonic sums, continued fractions, limit_denominator
from fractions import Fraction
import math


def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))


for n in [1, 2, 5, 10, 20]:
    h = harmonic(n)
    print(f"H({n}) = {h}  ~ {float(h):.6f}")


def continued_fraction(x, max_terms=12):
    terms = []
    for _ in range(max_terms):
        a = math.floor(x)
        terms.append(a)
        frac = x - a
        if frac == 0:
            break
        x = 1 / frac
    return terms


def from_continued(terms):
    value = Fraction(terms[-1])
    for a in reversed(terms[:-1]):
        value = a + 1 / value
    return value


for f in [Fraction(415, 93), Fraction(649, 200), Fraction(-17, 5), Fraction(13, 8)]:
    cf = continued_fraction(f)
    print(f"{f} -> {cf} -> {from_continued(cf)}")

sqrt2_terms = [1] + [2] * 10
for k in range(2, len(sqrt2_terms) + 1, 3):
    approx = from_continued(sqrt2_terms[:k])
    print(f"sqrt2 approx {approx} err {abs(float(approx) ** 2 - 2):.2e}")

pi_approx = Fraction(math.pi)
for d in [10, 100, 1000, 100000]:
    print(f"pi ~ {pi_approx.limit_denominator(d)}")

a, b = Fraction(3, 4), Fraction("2/3")
print(a + b, a - b, a * b, a / b, a ** 2, b ** -2, a // b, a % b)
print(Fraction("1.25"), Fraction(0.5), Fraction("-3e-2"), Fraction(6, -4))
print(a < b, a == Fraction(6, 8), round(Fraction(7, 2)), round(Fraction(5, 2)), math.floor(Fraction(-7, 3)))
print(a.numerator, a.denominator, (a + b).as_integer_ratio())
egyptian = []
r = Fraction(5, 121)
while r > 0:
    d = math.ceil(1 / r)
    egyptian.append(Fraction(1, d))
    r -= Fraction(1, d)
print("5/121 =", " + ".join(map(str, egyptian)))
