# Function and class granularity (an adversarial review's program), checked
# against python3.
import math

TAX = 0.2
DISCOUNT = 5

def clamp(v, lo, hi):
    return max(lo, min(hi, v))

def evaluate(formula, price, qty):
    # formulas come from data; they may reference module helpers/constants
    return eval(formula)

FORMULAS = [
    ("net", "price * qty"),
    ("tax", "round(price * qty * TAX, 2)"),
    ("capped", "clamp(price * qty - DISCOUNT, 0, 100)"),
    ("root", "round(math.sqrt(qty), 3)"),
]

rows = [(10, 3), (2.5, 16), (99, 2)]
for price, qty in rows:
    out = []
    for name, f in FORMULAS:
        out.append((name, evaluate(f, price, qty)))
    print(out)
