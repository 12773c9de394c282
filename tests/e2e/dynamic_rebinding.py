# Exercises one variable rebound to values of different types, printed
# after each rebinding along with its type name.

x = 1
print(x, type(x).__name__)
x = "one"
print(x, type(x).__name__)
x = 1.5
print(x, type(x).__name__)
x = None
print(x, type(x).__name__)
x = [1, "two", 3.0]
print(x, type(x).__name__)
x = True
print(x, type(x).__name__)
x = (4, "five")
print(x, type(x).__name__)

value = 10
steps = 0
while steps < 5:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value) + "!"
    elif isinstance(value, str):
        value = len(value) * 0.5
    elif isinstance(value, float):
        value = value > 1.0
    else:
        value = 7
    print(steps, repr(value))
    steps += 1

count = 0
label = count
for word in ["a", "bb", "ccc"]:
    count += len(word)
    label = word if count < 5 else count
    print(label)
print("final:", label, label + 1)
