# Exact rational bookkeeping with Fraction, ending in an uncaught ValueError from Fraction()
from fractions import Fraction

shares = {"ana": "1/3", "ben": "1/4", "cal": "1/6", "dee": "0.25"}
parsed = {name: Fraction(s) for name, s in shares.items()}
for name, f in parsed.items():
    print(f"{name}: {f} = {float(f):.4f}")
total = sum(parsed.values())
print("total share:", total, "overallocated" if total > 1 else "ok")
scale = 1 / total
normalized = {n: f * scale for n, f in parsed.items()}
for name, f in normalized.items():
    print(f"  {name} normalized {f}")
print("sum normalized:", sum(normalized.values()))
pot = Fraction(1000)
payouts = {n: pot * f for n, f in normalized.items()}
print({n: str(p) for n, p in payouts.items()})
print("as cents:", {n: round(p * 100) for n, p in payouts.items()})
print("mediant of 1/3 and 1/2:", Fraction(1 + 1, 3 + 2))
print("parsing remaining entries")
extra = ["2/7", "3/14", "one-half"]
print(sum(Fraction(x) for x in extra))
