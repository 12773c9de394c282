# json.dumps with a custom default= function and a JSONEncoder subclass
import json
from dataclasses import dataclass, asdict
from datetime import date
from decimal import Decimal


@dataclass
class Order:
    order_id: int
    placed: date
    amount: Decimal
    items: tuple


def encode_extra(obj):
    if isinstance(obj, date):
        return {"__date__": obj.isoformat()}
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, set):
        return sorted(obj)
    if isinstance(obj, Order):
        return asdict(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


class ComplexEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, complex):
            return [obj.real, obj.imag]
        return super().default(obj)


orders = [
    Order(1, date(2023, 1, 15), Decimal("19.99"), ("pen", "ink")),
    Order(2, date(2023, 2, 28), Decimal("5.00"), ("pad",)),
    Order(3, date(2024, 2, 29), Decimal("120.50"), ()),
]

for o in orders:
    print(json.dumps(o, default=encode_extra, sort_keys=True))

print(json.dumps({"tags": {"b", "a", "c"}}, default=encode_extra))
print(json.dumps({"z": 1 + 2j, "w": [3j, 2]}, cls=ComplexEncoder))

try:
    json.dumps({"bad": object()}, default=encode_extra)
except TypeError as e:
    print("TypeError:", e)

try:
    json.dumps({"c": 1j})
except TypeError as e:
    print("TypeError:", e)

total = sum(Decimal(json.loads(json.dumps(o.amount, default=encode_extra))) for o in orders)
print("total amount:", total)
pretty = json.dumps(orders[0], default=encode_extra, indent=4)
for line in pretty.splitlines():
    print(line)
