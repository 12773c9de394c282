from dataclasses import dataclass

@dataclass(frozen=True)
class Money:
    cents: int

m = Money(250)
m.cents = 300
print(m)
