# Tests an inventory report: parsing CSV-like lines with split, aggregating per category, and formatting a table.
RAW = """widget,hardware,12,2.50
gadget,electronics,3,19.99
sprocket,hardware,40,0.75
cable,electronics,25,4.10
manual,books,7,12.00
bolt,hardware,200,0.05
charger,electronics,0,15.49
atlas,books,2,45.00"""

items = []
for line in RAW.splitlines():
    fields = line.split(",")
    items.append((fields[0], fields[1], int(fields[2]), float(fields[3])))
print("parsed", len(items), "items")
print(items[0], items[-1])

by_cat = {}
for name, category, qty, price in items:
    by_cat.setdefault(category, []).append((name, qty, price))
for cat in sorted(by_cat):
    print(cat, [n for n, q, p in by_cat[cat]])

print("-" * 44)
print(f"{'item':<10}{'cat':<12}{'qty':>5}{'price':>8}{'value':>9}")
print("-" * 44)
grand = 0.0
for name, category, qty, price in sorted(items, key=lambda it: (it[1], -it[2] * it[3])):
    value = qty * price
    grand += value
    flag = " !" if qty == 0 else ""
    print(f"{name:<10}{category:<12}{qty:>5}{price:>8.2f}{value:>9.2f}{flag}")
print("-" * 44)
print(f"{'TOTAL':<35}{grand:>9.2f}")

totals = {}
counts = {}
for name, category, qty, price in items:
    totals[category] = totals.get(category, 0.0) + qty * price
    counts[category] = counts.get(category, 0) + qty
for cat in sorted(totals, key=lambda c: totals[c], reverse=True):
    share = 100.0 * totals[cat] / grand
    print(f"{cat:>12}: {totals[cat]:8.2f} ({share:5.1f}%) units={counts[cat]}")

low = [name for name, category, qty, price in items if qty < 5]
print("reorder:", ", ".join(sorted(low)))
priciest = max(items, key=lambda it: it[3])
cheapest = min(items, key=lambda it: it[3])
print("priciest", priciest[0], priciest[3], "cheapest", cheapest[0], cheapest[3])
restock = {name: max(0, 10 - qty) for name, category, qty, price in items if qty < 10}
print(restock)
print(sum(restock[k] for k in restock), "units to order")
