# Exercises concatenating items of a mixed list; ends with an uncaught
# TypeError when a str from the list is added to an int.

row = ["id", 7, "name", "Ann", 3.5]
labels = []
for item in row:
    if isinstance(item, str):
        labels.append(item.upper())
print(labels)

total = 0
for item in row:
    if isinstance(item, (int, float)):
        total += item
print("numeric total:", total)

text = ""
for item in row:
    text += str(item) + "/"
print(text)

print(row[1] + 1, row[4] + 1, row[0] + "!")
first = row[0]
print("first is", first, type(first).__name__)
count = 0
for item in row:
    count = count + 1
    print(count, item)
# The user forgot that row[2] is a str, not a number.
result = row[2] + 1
print("never printed", result)
