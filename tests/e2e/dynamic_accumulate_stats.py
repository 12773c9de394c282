# Exercises summary statistics over a mixed list of readings: skipping None,
# converting numeric strs, counting bad values and taking max/min.

readings = [12, 15.5, None, "17", "n/a", 9, 20.25, None, "8.5", True, 11]

valid = []
skipped = []
for r in readings:
    if r is None or isinstance(r, bool):
        skipped.append(r)
    elif isinstance(r, (int, float)):
        valid.append(r)
    elif isinstance(r, str):
        cleaned = r.replace(".", "", 1)
        if cleaned.isdigit():
            valid.append(float(r) if "." in r else int(r))
        else:
            skipped.append(r)

print("valid:", valid)
print("skipped:", skipped)
print("count:", len(valid), "sum:", sum(valid))
print("max:", max(valid), "min:", min(valid))
print("mean:", round(sum(valid) / len(valid), 3))

highest = None
lowest = None
for v in valid:
    if highest is None or v > highest:
        highest = v
    if lowest is None or v < lowest:
        lowest = v
print(highest, lowest, type(highest).__name__, type(lowest).__name__)

above = [v for v in valid if v > 12]
print("above 12:", above, len(above))
print("ints only:", [v for v in valid if isinstance(v, int)])
print("as floats:", [float(v) for v in valid])
print("rounded:", [round(v) for v in valid])
spread = highest - lowest
print("spread:", spread)
