def scores(records):
    for name, points, games in records:
        yield points / games


def names(records):
    for name, _, games in records:
        if games > 0:
            yield name.capitalize()


records = [("ada", 30, 3), ("bob", 12, 4), ("cyd", 0, 0), ("dee", 8, 2)]
print("players with games:", ", ".join(names(records)))
print("first two averages:", [round(s, 2) for s in scores(records[:2])])
print("games played:", sum(r[2] for r in records))
active = [r for r in records if r[2] > 0]
print("best active:", max(scores(active)))
print("ranking:", sorted(scores(active), reverse=True))
best = max(scores(records))
print("best overall:", best)
