# Exercises an int-or-None returning lookup; ends with an uncaught
# TypeError when the None result is used in arithmetic.

stock = {"apple": 5, "pear": 0, "plum": 12}


def quantity(name):
    if name in stock:
        return stock[name]
    return None


for fruit in ["apple", "pear", "kiwi", "plum"]:
    q = quantity(fruit)
    if q is None:
        print(fruit, "unknown")
    elif q:
        print(fruit, "in stock:", q, "after sale:", q - 1)
    else:
        print(fruit, "sold out")

total = 0
for fruit in ["apple", "kiwi", "plum"]:
    q = quantity(fruit)
    if q is not None:
        total += q
print("total known:", total)

restock = quantity("pear")
print("pear restock needed:", restock == 0, restock is None)
extra = quantity("mango")
print("mango:", extra, extra is None, type(extra).__name__)
# The caller forgets the None case here.
doubled = extra * 2
print("never printed", doubled)
