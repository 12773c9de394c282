# Tests a grade report: dict of lists of ints, averages as floats, letter grades, ranking and per-subject statistics.
scores = {
    "ann": [92, 88, 95, 79],
    "bob": [75, 64, 80, 70],
    "cy": [60, 58, 71, 65],
    "dee": [99, 97, 100, 94],
    "eli": [85, 85, 85, 85],
}
subjects = ["math", "physics", "art", "history"]
def letter(avg):
    for cutoff, grade in [(90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D")]:
        if avg >= cutoff:
            return grade
    return "F"
averages = {name: sum(s) / len(s) for name, s in scores.items()}
print(averages)
for name in sorted(scores, key=lambda n: averages[n], reverse=True):
    s = scores[name]
    print(f"{name:<4} {s} avg={averages[name]:6.2f} best={max(s)} worst={min(s)} grade={letter(averages[name])}")
by_grade = {}
for name, avg in averages.items():
    by_grade.setdefault(letter(avg), []).append(name)
print(by_grade)
for i, subject in enumerate(subjects):
    col = [s[i] for s in scores.values()]
    top = max(scores, key=lambda n: scores[n][i])
    print(f"{subject:<8} mean={sum(col) / len(col):.1f} range={max(col) - min(col)} top={top}")
ranked = sorted(averages.items(), key=lambda kv: -kv[1])
for pos, (name, avg) in enumerate(ranked, 1):
    print(pos, name, f"{avg:.2f}")
improved = [n for n, s in scores.items() if s[-1] > s[0]]
consistent = [n for n, s in scores.items() if max(s) - min(s) <= 10]
print("improved:", improved, "consistent:", consistent)
scores["fay"] = [55, 62, 48, 70]
averages["fay"] = sum(scores["fay"]) / 4
print(letter(averages["fay"]), len(scores), sorted(averages.values())[:2])
curve = {n: [min(100, v + 5) for v in s] for n, s in scores.items()}
print(curve)
class_avg = sum(sum(s) for s in scores.values()) / sum(len(s) for s in scores.values())
print(f"class average {class_avg:.3f}", [n for n in scores if averages[n] > class_avg])
