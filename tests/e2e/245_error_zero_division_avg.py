# Tests an uncaught ZeroDivisionError from averaging an empty group in a grade report; expect "ZeroDivisionError: division by zero".
grades = {"math": [90, 85, 77, 92], "art": [88, 95], "music": [70, 80, 75], "drama": []}
print("subjects", sorted(grades))
counts = {s: len(grades[s]) for s in grades}
print("counts", counts)
best = max(grades, key=lambda s: max(grades[s], default=0))
print("best single grade in", best)
all_grades = [g for s in grades for g in grades[s]]
print("overall", len(all_grades), min(all_grades), max(all_grades), round(sum(all_grades) / len(all_grades), 3))
per_subject = {s: sum(grades[s]) for s in grades}
print("totals", per_subject)
above = {s: len([g for g in grades[s] if g >= 80]) for s in grades}
print("grades >= 80", above)
weights = {"math": 3, "art": 1, "music": 2, "drama": 1}
wsum = sum(weights[s] * sum(grades[s]) for s in grades)
wcount = sum(weights[s] * len(grades[s]) for s in grades)
print(f"weighted average {wsum / wcount:.3f} from {wcount} weighted grades")
ordered = sorted(grades, key=lambda s: (-len(grades[s]), s))
print("report order", ordered)
for subject in ordered:
    gs = grades[subject]
    print(f"{subject:<6} n={len(gs)} total={sum(gs)}")
    avg = sum(gs) / len(gs)
    letter = "A" if avg >= 90 else "B" if avg >= 80 else "C"
    print(f"       avg={avg:.2f} letter={letter} spread={max(gs) - min(gs)}")
print("report complete")
