# Functions returning Optional values, with None checks, defaults and walrus usage
from typing import Optional

USERS = [
    {"id": 1, "name": "amira", "email": "amira@example.com", "manager": None},
    {"id": 2, "name": "bruno", "email": None, "manager": 1},
    {"id": 3, "name": "chen", "email": "chen@example.com", "manager": 2},
    {"id": 4, "name": "dana", "email": "", "manager": 9},
]


def find_user(user_id: int) -> Optional[dict]:
    for u in USERS:
        if u["id"] == user_id:
            return u
    return None


def email_domain(user: Optional[dict]) -> Optional[str]:
    if user is None or not user.get("email"):
        return None
    return user["email"].split("@", 1)[1]


def manager_chain(user_id: int) -> list:
    chain = []
    seen = set()
    while (user := find_user(user_id)) is not None and user_id not in seen:
        seen.add(user_id)
        chain.append(user["name"])
        if user["manager"] is None:
            break
        user_id = user["manager"]
    return chain


def parse_int(text: str) -> Optional[int]:
    try:
        return int(text)
    except ValueError:
        return None


for uid in range(0, 6):
    u = find_user(uid)
    name = u["name"] if u else "<missing>"
    domain = email_domain(u) or "no-domain"
    print(f"user {uid}: {name:<10} {domain:<12} chain={manager_chain(uid)}")

inputs = ["12", "x7", "-3", "", " 42 ", "3.0"]
parsed = [parse_int(s) for s in inputs]
print(parsed)
print("valid sum:", sum(p for p in parsed if p is not None))
print("first invalid index:", next((i for i, p in enumerate(parsed) if p is None), None))
print("all valid?", all(p is not None for p in parsed))


def first_word(s: str) -> Optional[str]:
    return s.split()[0] if s.split() else None


for s in ["hello world", "   ", "single"]:
    w = first_word(s)
    print(repr(s), "->", repr(w), "len", len(w) if w is not None else 0)

lookup = {"a": 1, "b": None}
for key in "abc":
    value = lookup.get(key)
    print(key, "present" if key in lookup else "absent", "value is None" if value is None else f"value={value}")
