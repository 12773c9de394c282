class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, item: str, wanted: int, have: int) -> None:
        super().__init__(f"{item}: wanted {wanted}, only {have} left")
        self.item = item


class Inventory:
    def __init__(self) -> None:
        self.stock: dict[str, int] = {}

    def add(self, item: str, qty: int) -> None:
        if qty <= 0:
            raise ValueError(f"bad quantity {qty}")
        if item in self.stock:
            self.stock[item] += qty
        else:
            self.stock[item] = qty

    def take(self, item: str, qty: int) -> int:
        have = self.stock[item]
        if qty > have:
            raise OutOfStock(item, qty, have)
        self.stock[item] = have - qty
        return self.stock[item]


inv = Inventory()
inv.add("bolt", 50)
inv.add("nut", 20)
inv.add("bolt", 5)
orders_item = ["bolt", "nut", "gear", "nut", "bolt", "washer"]
orders_qty = [30, 25, 1, 20, 25, 3]
filled = 0
failed: list[str] = []
for i in range(len(orders_item)):
    item = orders_item[i]
    try:
        left = inv.take(item, orders_qty[i])
        filled += 1
        print(f"took {orders_qty[i]} {item}, {left} left")
    except OutOfStock as e:
        print(f"out of stock: {e}")
        failed.append(e.item)
    except LookupError as e:
        print(f"unknown item: {e}")
        failed.append(item)
print(f"filled {filled}, failed {failed}")
try:
    inv.add("gear", 0)
except (InventoryError, ValueError) as e:
    print(f"add failed: {e}")
for k in inv.stock:
    print(k, inv.stock[k])
