PRICES = {"apple": 0.5, "pear": 0.75, "plum": 1.25}
TAX = 0.25


def price_of(item):
    return PRICES[item]
