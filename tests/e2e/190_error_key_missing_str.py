# Tests an uncaught KeyError for a missing str key in a dict; expect "KeyError: 'mango'", exit 1.
prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0}
stock = {"apple": 10, "banana": 0, "cherry": 4}
print(prices, stock)
print(prices.get("mango", 0.0), "mango" in prices, stock.get("mango", -1))
for name, price in prices.items():
    print(f"{name:<8}{price:>6.2f}{stock[name]:>4}", "in stock" if stock[name] > 0 else "sold out")
value = sum(prices[n] * stock[n] for n in stock)
print("stock value", value)
basket = ["apple", "cherry", "apple", "banana", "mango", "apple"]
total = 0.0
counts = {}
for item in basket:
    print("looking up", item, "in", sorted(prices))
    counts[item] = counts.get(item, 0) + 1
    print("  counts", counts)
    total += prices[item]
    print("  subtotal", total)
print("total", total)
