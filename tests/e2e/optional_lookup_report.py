prices = {"apple": 1.25, "bread": 2.5}
def price_of(item):
    p = prices.get(item)
    if p is None:
        print("no price for", item, "->", p)
        return p
    return p
total = 0.0
for item in ["apple", "milk", "bread"]:
    p = price_of(item)
    if p is not None:
        total += p
print(total)
