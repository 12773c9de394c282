# Tests a package with __init__.py, relative imports between submodules, a stateful stock module and report formatting.
import store
from store import stock
from store.report import table, summary
import store.pricing as pricing

print("main sees package", store.NAME, store.VERSION)
stock.receive("apple", 40)
stock.receive("pear", 15)
stock.receive("fig", 8)
stock.receive("apple", 10)
print("stock", stock.LEVELS)
print("moves", len(stock.HISTORY))
for item, qty in [("apple", 12), ("fig", 9), ("pear", 15), ("kiwi", 1)]:
    ok = stock.ship(item, qty)
    print(f"ship {qty:>2} {item:<6} -> {'ok' if ok else 'refused'}; left {stock.LEVELS.get(item, 0)}")
for line in table():
    print(line)
print(summary())
pricing.DISCOUNT = 0.2
print("after discount change:")
for line in table():
    print(line)
print(summary())
print(pricing.price("apple", 3), pricing.price("kiwi", 1))
print("history tail", stock.HISTORY[-3:])
print(store.describe())
