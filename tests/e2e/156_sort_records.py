# Tests sorting tuple records with key=lambda on single and composite keys, reverse, stable multi-pass sorts and grouping.
employees = [
    ("Alice", "eng", 120000, 2015),
    ("Bob", "ops", 85000, 2018),
    ("Carol", "eng", 135000, 2012),
    ("Dan", "sales", 70000, 2020),
    ("Eve", "ops", 85000, 2016),
    ("Frank", "eng", 120000, 2019),
    ("Grace", "sales", 95000, 2014),
]
by_salary = sorted(employees, key=lambda e: e[2])
for e in by_salary:
    print(e)
print([e[0] for e in sorted(employees, key=lambda e: e[2], reverse=True)])
print([e[0] for e in sorted(employees, key=lambda e: (e[1], -e[2], e[0]))])
print([e[0] for e in sorted(employees, key=lambda e: e[0][::-1])])
stable = sorted(employees, key=lambda e: e[0])
stable = sorted(stable, key=lambda e: e[2], reverse=True)
print([(e[0], e[2]) for e in stable])
depts = {}
for name, dept, salary, year in employees:
    depts.setdefault(dept, []).append((name, salary))
for dept in sorted(depts):
    members = sorted(depts[dept], key=lambda m: (-m[1], m[0]))
    total = sum(m[1] for m in members)
    print(f"{dept:<6} n={len(members)} total={total} avg={total / len(members):.1f} top={members[0][0]}")
senior = [e for e in employees if e[3] <= 2015]
senior.sort(key=lambda e: e[3])
print([(e[0], e[3]) for e in senior])
ranked = sorted(employees, key=lambda e: e[2], reverse=True)
for rank, (name, dept, salary, year) in enumerate(ranked, start=1):
    print(f"{rank}. {name:<6} {dept:<6} {salary:>7,} since {year}")
oldest = min(employees, key=lambda e: e[3])
richest = max(employees, key=lambda e: (e[2], -e[3]))
print(oldest[0], richest[0])
grades = [("x", 3.5), ("y", 3.9), ("z", 3.5), ("w", 2.0)]
grades.sort(key=lambda g: g[1], reverse=True)
print(grades)
names_by_len = sorted([e[0] for e in employees], key=lambda s: (len(s), s), reverse=True)
print(names_by_len)
