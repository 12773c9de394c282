print("store.pricing loading")
BASE = {"apple": 0.4, "pear": 0.65, "fig": 1.2}
DISCOUNT = 0.0


def price(item, qty):
    unit = BASE.get(item, 0.0) * (1 - DISCOUNT)
    return round(unit * qty, 2)
