# Property and descriptor classes with __get__/__set__/__set_name__ validation
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.private, None)

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(instance, self.private, value)


class LazyProperty:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        self.calls += 1
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value


class Product:
    name = Typed(str)
    price = Typed(float, minimum=0.0)
    quantity = Typed(int, minimum=0)

    def __init__(self, name, price, quantity):
        self.name = name
        self.price = price
        self.quantity = quantity
        self._discount = 0

    @property
    def total(self):
        return round(self.price * self.quantity * (1 - self._discount / 100), 2)

    @property
    def discount(self):
        return self._discount

    @discount.setter
    def discount(self, pct):
        if not 0 <= pct <= 50:
            raise ValueError("discount out of range")
        self._discount = pct

    @discount.deleter
    def discount(self):
        self._discount = 0

    @LazyProperty
    def sku(self):
        return f"{self.name[:3].upper()}-{self.quantity:04d}"


p = Product("widget", 2.5, 10)
print(p.name, p.price, p.quantity, p.total)
p.discount = 20
print("after discount:", p.discount, p.total)
del p.discount
print("discount removed:", p.total)

bad_updates = [("price", -1.0), ("quantity", 2.5), ("name", 42), ("quantity", -3), ("discount", 75)]
for attr, value in bad_updates:
    try:
        setattr(p, attr, value)
        print("accepted", attr, value)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")

print(p.sku, p.sku, Product.__dict__["sku"].calls)
print(isinstance(Product.price, Typed), Product.price.name, Product.price.private)
print(sorted(k for k in vars(p)))
print(type(Product.total).__name__, Product.total.fget.__name__)


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    fahrenheit = property(lambda self: self.celsius * 9 / 5 + 32,
                          lambda self, f: setattr(self, "celsius", (f - 32) * 5 / 9))


t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 212 - 180
print(t.celsius, t.fahrenheit)
try:
    p.total = 5
except AttributeError as e:
    print("AttributeError raised for read-only property")
