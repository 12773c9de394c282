# decimal.Decimal with local contexts, precision, rounding modes and quantize
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero

print(Decimal("0.1") + Decimal("0.2"), 0.1 + 0.2)
print(Decimal(1) / Decimal(7))
getcontext().prec = 50
print(Decimal(1) / Decimal(7))
getcontext().prec = 28

with localcontext() as ctx:
    ctx.prec = 6
    print("prec 6:", Decimal(22) / Decimal(7), Decimal(2).sqrt())
print("back to 28:", Decimal(2).sqrt())

CENT = Decimal("0.01")
values = ["2.675", "2.665", "-1.005", "0.125", "10.0049"]
for v in values:
    d = Decimal(v)
    row = [str(d.quantize(CENT, rounding=mode)) for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING)]
    print(f"{v:>8}: " + " ".join(f"{r:>6}" for r in row))


def split_bill(total, people):
    total = Decimal(total)
    share = (total / people).quantize(CENT, rounding=ROUND_DOWN)
    remainder = total - share * people
    shares = [share] * people
    for i in range(int(remainder / CENT)):
        shares[i] += CENT
    return shares


for total, n in [("100.00", 3), ("10.00", 7), ("0.05", 2)]:
    s = split_bill(total, n)
    print(total, n, [str(x) for x in s], sum(s))

rate = Decimal("0.035")
balance = Decimal("1000.00")
for year in range(1, 6):
    balance = (balance * (1 + rate)).quantize(CENT, rounding=ROUND_HALF_EVEN)
    print(f"year {year}: {balance}")

with localcontext() as ctx:
    ctx.traps[DivisionByZero] = True
    try:
        Decimal(1) / Decimal(0)
    except DivisionByZero:
        print("division by zero trapped")
try:
    Decimal("abc")
except InvalidOperation:
    print("invalid literal rejected")
d = Decimal("-12.3400")
print(d.normalize(), d.as_tuple().exponent, d.is_signed(), abs(d), d.to_integral_value())
print(Decimal("1e3") + 1, Decimal("1.30") * 2, Decimal("7") % Decimal("3"), Decimal(3).compare(Decimal("3.0")))
print(sorted([Decimal("1.1"), Decimal("-2"), Decimal("0.99")]), max(Decimal("2.50"), Decimal("2.5")))
