prices = {"apple": 3, "banana": 1, "cherry": 7}


def order_total(items: list[str]) -> int:
    total = 0
    for item in items:
        total += prices[item]
        print(f"added {item}, total {total}")
    return total


print(order_total(["apple", "cherry"]))
try:
    print(order_total(["banana", "kiwi"]))
except KeyError as e:
    print(f"unknown item {e}")
print(order_total(["cherry", "mango", "apple"]))
print("done")
