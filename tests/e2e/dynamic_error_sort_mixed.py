# Exercises sorting mixed lists: ints and floats sort fine, but sorting a
# list that also holds a str ends with an uncaught TypeError.

scores = [88, 92.5, 75, 100, 60.25]
print(sorted(scores))
print(max(scores), min(scores))

entries = []
for raw in ["42", "7", "x", "19", "3.5"]:
    if raw.isdigit():
        entries.append(int(raw))
    else:
        try:
            entries.append(float(raw))
        except ValueError:
            entries.append(raw)
print(entries)
print([type(e).__name__ for e in entries])

numbers = [e for e in entries if not isinstance(e, str)]
numbers.sort()
print(numbers)

by_text = sorted(entries, key=str)
print(by_text)

print(len(entries), entries.count("x"), "x" in entries)
# Sorting the raw mixed list compares str with int.
entries.sort()
print("never printed", entries)
