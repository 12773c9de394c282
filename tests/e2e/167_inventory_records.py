# Tests an inventory system with dict of lists of tuples: orders, restocking, low-stock reports and value totals.
inventory = {"widget": 10, "gadget": 3, "doohickey": 0, "gizmo": 25}
prices = {"widget": 2.5, "gadget": 10.0, "doohickey": 7.25, "gizmo": 1.0}
orders = [("alice", "widget", 4), ("bob", "gadget", 5), ("carol", "gizmo", 10), ("alice", "gadget", 2), ("dan", "sprocket", 1), ("bob", "widget", 6), ("carol", "widget", 1)]
filled = {}
rejected = []
for customer, item, qty in orders:
    if item not in inventory:
        rejected.append((customer, item, "unknown item"))
        continue
    if inventory[item] < qty:
        rejected.append((customer, item, f"only {inventory[item]} left"))
        continue
    inventory[item] -= qty
    filled.setdefault(customer, []).append((item, qty))
    print(f"{customer} bought {qty} x {item}; {inventory[item]} left")
print(filled)
for r in rejected:
    print("rejected:", r)
bills = {}
for customer, lines in filled.items():
    bills[customer] = sum(prices[item] * qty for item, qty in lines)
print(bills, max(bills, key=lambda c: bills[c]))
low = sorted(item for item, n in inventory.items() if n < 5)
print("low stock:", low)
restock = {"widget": 20, "doohickey": 5, "sprocket": 8}
for item, n in restock.items():
    inventory[item] = inventory.get(item, 0) + n
    if item not in prices:
        prices[item] = 3.0
print(inventory)
value = {item: inventory[item] * prices[item] for item in inventory}
print(value, sum(value.values()))
report = sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{'item':<10}{'qty':>5}{'value':>9}")
for item, n in report:
    print(f"{item:<10}{n:>5}{value[item]:>9.2f}")
by_customer_items = {c: sorted({it for it, _q in lines}) for c, lines in filled.items()}
print(by_customer_items)
total_units = sum(q for lines in filled.values() for _, q in lines)
print("units sold", total_units, "customers", len(filled), "rejections", len(rejected))
