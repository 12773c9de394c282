# Review case: Computed setattr on dataclass instances.
from dataclasses import dataclass

@dataclass
class User:
    name: str
    age: int

u = User("ann", 30)
extras = {"email": "ann@example.com", "score": 9.5}
for k, v in extras.items():
    setattr(u, k, v)
print(u)
print(u.email, u.score)
print(u == User("ann", 30))
setattr(u, "age", 31)
print(u.age, u)
print(getattr(u, "phone", "n/a"))
