# A validation script that reports problems and ends with sys.exit(3)
import sys

RULES = {
    "name": lambda v: isinstance(v, str) and 2 <= len(v) <= 20,
    "age": lambda v: isinstance(v, int) and 0 <= v < 130,
    "email": lambda v: isinstance(v, str) and v.count("@") == 1 and "." in v.split("@")[-1],
}

rows = [
    {"name": "Ada", "age": 36, "email": "ada@analytical.org"},
    {"name": "B", "age": 200, "email": "b@x"},
    {"name": "Grace", "age": 85, "email": "grace@navy.mil"},
    {"name": "Linus", "age": -1, "email": "linus@@kernel.org"},
    {"name": "Guido", "age": 67},
]

problems = []
for i, row in enumerate(rows):
    for field, rule in RULES.items():
        if field not in row:
            problems.append((i, field, "missing"))
        elif not rule(row[field]):
            problems.append((i, field, f"invalid value {row[field]!r}"))

for i, row in enumerate(rows):
    mine = [p for p in problems if p[0] == i]
    status = "OK" if not mine else f"{len(mine)} problem(s)"
    print(f"row {i} ({row.get('name', '?')}): {status}")
    for _, field, msg in mine:
        print(f"    - {field}: {msg}")

summary = {}
for _, field, _ in problems:
    summary[field] = summary.get(field, 0) + 1
print("problems by field:", dict(sorted(summary.items())))
valid = len(rows) - len({p[0] for p in problems})
print(f"{valid}/{len(rows)} rows valid")
if problems:
    print("exiting with status 3", file=sys.stderr)
    sys.exit(3)
print("never printed")
