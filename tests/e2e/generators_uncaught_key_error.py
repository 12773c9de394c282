PRICES = {"apple": 50, "bread": 250, "milk": 120, "eggs": 300}


def parse_orders(lines):
    for line in lines:
        name, qty = line.split(":")
        yield (name.strip(), int(qty))


def priced(orders):
    for name, qty in orders:
        yield (name, qty, PRICES[name] * qty)


def running_total(items):
    total = 0
    for name, qty, cost in items:
        total += cost
        yield (name, total)


orders = ["apple: 3", "milk: 2", "eggs: 1", "caviar: 1", "bread: 2"]
for name, total in running_total(priced(parse_orders(orders))):
    print("after", name, "total is", total // 100, "dollars", total % 100, "cents")
print("done")
