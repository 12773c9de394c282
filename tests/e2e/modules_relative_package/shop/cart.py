from . import prices
from .prices import price_of


def new_cart():
    return {"apple": 0}


def add(cart, item, count):
    cart[item] = cart.get(item, 0) + count


def total(cart):
    subtotal = 0.0
    for item, count in cart.items():
        subtotal += price_of(item) * count
    return round(subtotal * (1 + prices.TAX), 2)
