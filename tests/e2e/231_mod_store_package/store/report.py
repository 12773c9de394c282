from . import stock
from .pricing import price
from . import pricing
print("store.report loading, discount is", pricing.DISCOUNT)


def table():
    lines = [f"{'item':<6}{'qty':>5}{'value':>9}"]
    for item in sorted(stock.LEVELS):
        qty = stock.LEVELS[item]
        lines.append(f"{item:<6}{qty:>5}{price(item, qty):>9.2f}")
    return lines


def summary():
    total = sum(price(item, stock.LEVELS[item]) for item in stock.LEVELS)
    return f"total value {total:.2f} at discount {pricing.DISCOUNT:.0%}"
