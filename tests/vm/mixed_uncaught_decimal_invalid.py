# Exercises Decimal parsing in a native loop and ends with an uncaught decimal.InvalidOperation (last stderr line must match).
from decimal import Decimal, InvalidOperation

entries = ["12.50", "3", "0.333", "-4.75", "1e2"]
total = Decimal(0)
for e in entries:
    d = Decimal(e)
    total += d
    print(f"{e:>6} -> {d!s:>7} running {total}")
print("total:", total, "avg:", total / len(entries))
try:
    Decimal("twelve")
except ArithmeticError:
    print("caught first bad value")
print("now parsing without a handler")
values = [Decimal(x) for x in ["1", "2", "3..4"]]
print(values)
