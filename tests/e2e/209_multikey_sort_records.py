# Tests sorting records with multi-key sorts: tuple keys, negated numbers, stable passes, ranking with ties.
rows = """Mia,Berlin,34,88.5
Noah,Paris,29,91.0
Liam,Berlin,41,75.25
Emma,Rome,29,91.0
Olivia,Paris,35,60.0
Ava,Rome,22,88.5
Lucas,Berlin,29,99.5
Zoe,Paris,41,75.25"""
people = []
for line in rows.split("\n"):
    parts = line.split(",")
    people.append((parts[0], parts[1], int(parts[2]), float(parts[3])))

print("by city, then age desc, then name:")
for p in sorted(people, key=lambda p: (p[1], -p[2], p[0])):
    print("  %-7s %-7s %3d %6.2f" % p)

print("by score desc then name:")
ranked = sorted(people, key=lambda p: (-p[3], p[0]))
rank = 0
last = -1.0
for i, p in enumerate(ranked):
    if p[3] != last:
        rank = i + 1
        last = p[3]
    print(f"  #{rank} {p[0]:<7}{p[3]:>7.2f}")

stable = sorted(people, key=lambda p: p[0])
stable.sort(key=lambda p: p[2])
print("stable by age:", [(p[2], p[0]) for p in stable])
stable.sort(key=lambda p: p[1], reverse=True)
print("then city desc:", [(p[1], p[0]) for p in stable])

groups = {}
for name, city, age, score in people:
    groups.setdefault(city, []).append(score)
summary = []
for city in groups:
    s = groups[city]
    summary.append((city, len(s), min(s), max(s), round(sum(s) / len(s), 3)))
for row in sorted(summary, key=lambda r: (-r[4], r[0])):
    print(row)
print(sorted(people, key=lambda p: (len(p[0]), p[0][::-1]))[:3])
ages = sorted(set(p[2] for p in people))
print("ages", ages)
for a in ages:
    names = sorted((p[0] for p in people if p[2] == a), reverse=True)
    print(a, names)
print(min(people, key=lambda p: (p[3], -p[2]))[0], max(people, key=lambda p: (p[2], p[3]))[0])
