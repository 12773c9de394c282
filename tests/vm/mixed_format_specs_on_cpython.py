# Exercises f-string format specs, format(), str.format and %-formatting applied to CPython objects (Decimal, Fraction, date, Counter).
from decimal import Decimal
from fractions import Fraction
from datetime import date, datetime, timedelta
from collections import Counter

vals = [Decimal("3.14159"), Decimal("-2.5"), Decimal("1000000")]
for v in vals:
    print(f"[{v:10.2f}] [{v:<10}] [{v:+.1e}] [{v:,}] [{v!r}]")
fr = Fraction(1, 3)
print(f"[{fr}] [{fr!s:>6}] [{fr!r}] [{float(fr):.5f}] [{str(fr):^7}]")
d = date(2024, 7, 4)
print(f"{d} {d:%A %d %B} {d!r} {d:%j}")
dt = datetime(2024, 7, 4, 9, 5, 3)
print(f"{dt:%H:%M:%S} {dt.isoformat(sep=' ')} {dt:%Y}")
print(format(Decimal("0.5"), "%"), format(Decimal("12.5"), ".0f"), format(Decimal("13.5"), ".0f"))
print("{:>8} | {:<6} | {!r}".format(Decimal("1.5"), str(fr), d))
print("%s %r %d %.3f %5s|" % (Decimal("2.50"), Fraction(3, 4), Decimal("7.9"), Fraction(1, 8), d.day))
print("%s-%s" % (Counter("aab").most_common(1), timedelta(hours=25)))
width = 12
for v in vals:
    print(f"{v:>{width}.{2}f}|{v:0={width}.1f}")
c = Counter("hello")
print(f"{c['l']:03d} {len(c):x} {c.most_common(1)[0][0]!r:>5}")
print(f"{timedelta(days=1, seconds=61)} {Fraction(-7, 2)!s:*^9}")
