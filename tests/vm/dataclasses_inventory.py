# dataclasses: field(default_factory=...), order=True, frozen, asdict/astuple, replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.qty

    @property
    def total(self):
        return round(self.price * self.qty, 2)


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str


@dataclass
class Warehouse:
    name: str
    items: List[Item] = field(default_factory=list)
    locations: dict = field(default_factory=dict)
    counter: int = 0

    def add(self, item, loc):
        self.items.append(item)
        self.locations[item.name] = loc
        self.counter += 1


w = Warehouse("central")
w.add(Item("bolt", 0.25, 400, ["metal"]), Location(1, "A"))
w.add(Item("hammer", 12.5, 3, ["tool", "metal"]), Location(4, "C"))
w.add(Item("glue", 3.75, 20), Location(2, "B"))
w.add(Item("saw", 19.0, 2, ["tool"]), Location(4, "A"))
w.add(Item("tape", 2.5, 40), Location(2, "A"))

for it in sorted(w.items):
    print(f"{it.name:<8} total={it.total:>7.2f} loc={w.locations[it.name]}")
print(w.items[0])
print(asdict(w.items[1]))
print(astuple(w.locations["saw"]))
print("max by total:", max(w.items).name, "| equal?", Item("x", 1.0, 2) == Item("x", 1.0, 2, ["t"]))
print([f.name for f in fields(Item)])

other = Warehouse("satellite")
print("independent lists:", len(w.items), len(other.items), w.items is not other.items)

loc = Location(3, "D")
try:
    loc.aisle = 5
except Exception as e:
    print(type(e).__name__, "-", e)
print(replace(loc, shelf="E"), hash(loc) == hash(Location(3, "D")), loc == Location(3, "D"))
by_aisle = {}
for name, l in w.locations.items():
    by_aisle.setdefault(l.aisle, []).append(name)
print(dict(sorted(by_aisle.items())))
d = asdict(w)
print(d["name"], d["counter"], d["items"][2], d["locations"]["tape"])
tagged = sorted({t for it in w.items for t in it.tags})
print("tags:", tagged, sum(it.total for it in w.items))
print(Item("b", 2.0) < Item("a", 3.0), Item("a", 2.0, 3) > Item("b", 5.0))
