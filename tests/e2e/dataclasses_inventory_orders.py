# An order system with dataclasses, an enum of states, sorting by several
# keys and totals per state.
from dataclasses import dataclass
from enum import Enum, auto


class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()


@dataclass
class Item:
    sku: str
    price: float
    quantity: int = 1

    def total(self):
        return self.price * self.quantity


@dataclass(order=True)
class Order:
    priority: int
    number: int
    customer: str

    def __post_init_like__(self):
        return None


orders = [Order(2, 101, "ada"), Order(1, 102, "bob"), Order(2, 100, "cy"), Order(1, 99, "di")]
status = {101: Status.NEW, 102: Status.PAID, 100: Status.SHIPPED, 99: Status.PAID}
items = {
    101: [Item("pen", 1.5, 4), Item("ink", 7.25)],
    102: [Item("pad", 3.0, 2)],
    100: [Item("pen", 1.5, 10), Item("box", 12.0)],
    99: [Item("ink", 7.25, 3)],
}

for order in sorted(orders):
    lines = items[order.number]
    amount = sum(item.total() for item in lines)
    print(f"{order.number} {order.customer:<4} {status[order.number].name:<8} {amount:8.2f}  {lines}")

totals = {}
for order in orders:
    state = status[order.number]
    totals[state] = totals.get(state, 0.0) + sum(item.total() for item in items[order.number])
for state in Status:
    print(state, round(totals.get(state, 0.0), 2))

print(max(orders), min(orders).customer)
print(Item("pen", 1.5, 4) == Item("pen", 1.5, 4), Item("pen", 1.5) == Item("pen", 1.5, 2))
status[99] = Status.CANCELLED
print([n for n, s in sorted(status.items()) if s is Status.PAID])
print(Status(3), Status["NEW"].value, len(Status))
