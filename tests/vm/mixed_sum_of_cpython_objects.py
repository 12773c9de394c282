# sum() over CPython objects (randint results, Fractions) from native code.
import random
from fractions import Fraction
random.seed(5)
rolls = [random.randint(1, 6) for _ in range(10)]
print(rolls, sum(rolls))
print(sum(random.randint(1, 6) for _ in range(5)))
print(sum([Fraction(1, n) for n in range(1, 5)]))
print(sum([], 0), sum([Fraction(1, 2)], 1))
