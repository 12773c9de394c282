# Exercises Decimal arithmetic, context precision changes, quantize rounding and decimal exceptions caught as ArithmeticError/ZeroDivisionError.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero

prices = ["19.99", "5.005", "0.10", "3.333", "100"]
total = Decimal(0)
for p in prices:
    d = Decimal(p)
    total += d
    print(f"{p:>7} -> {d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)} / {d.quantize(Decimal('0.01'), rounding=ROUND_DOWN)}")
print("total:", total, "with tax:", (total * Decimal("1.08")).quantize(Decimal("0.01")))
getcontext().prec = 6
print("1/7 prec6:", Decimal(1) / Decimal(7))
ctx = getcontext()
ctx.prec = 30
print("1/7 prec30:", Decimal(1) / Decimal(7))
ctx.prec = 6
print("back to prec6:", Decimal(2).sqrt())
for a, b in [(1, 0), (0, 0), (5, 2)]:
    try:
        print("div:", Decimal(a) / Decimal(b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError", type(e).__name__)
try:
    Decimal("abc")
except ArithmeticError as e:
    print("caught", type(e).__name__, isinstance(e, ArithmeticError))
print(Decimal("1.10") == Decimal("1.1"), Decimal("2.50") + 1, 3 * Decimal("0.5"), Decimal(10) // 3, Decimal(-7) % 3)
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.333")]), max(Decimal("1"), Decimal("1.0")))
print(int(Decimal("7.9")), float(Decimal("0.125")), round(Decimal("2.675"), 2), str(Decimal("1E+3")), Decimal("1E+3").normalize())
