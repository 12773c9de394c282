# Tests a package with relative imports, submodules and module attributes
# written from another module.
from shop import cart
from shop.prices import price_of, TAX
import shop.prices

basket = cart.new_cart()
cart.add(basket, "apple", 3)
cart.add(basket, "pear", 2)
cart.add(basket, "apple", 1)
print(basket)
print("total", cart.total(basket))
shop.prices.TAX = 0.5
print("tax now", shop.prices.TAX, "copied", TAX)
print("total", cart.total(basket))
print(price_of("pear"))
