# Tests an uncaught ValueError from list.index on a missing element after ranking output; expect "ValueError: 'dave' is not in list".
roster = ["erin", "alice", "carol", "bob", "frank"]
scores = [88, 95, 72, 95, 60]
ranking = sorted(roster, key=lambda n: (-scores[roster.index(n)], n))
print("ranking", ranking)
for place, name in enumerate(ranking, 1):
    s = scores[roster.index(name)]
    print(f"{place}. {name:<6} {s:3d} {'*' * (s // 10)}")
print(roster.index("carol"), ranking.index("carol"), roster.count("bob"))
roster.append("gina")
scores.append(77)
print(list(zip(roster, scores)))
top = [n for n in roster if scores[roster.index(n)] == max(scores)]
print("top scorers", top, "first index of 95:", scores.index(95), "after 1:", scores.index(95, 2))
by_letter = {}
for n in roster:
    by_letter.setdefault(n[0], []).append(n)
print(by_letter)
queries = ["alice", "gina", "frank", "dave", "bob"]
found = []
for q in queries:
    pos = roster.index(q)
    found.append(pos)
    print(f"{q} at {pos}, score {scores[pos]}")
print("found", found)
