# Exercises a hand-written maximum over mixed values; comparing numbers
# works, then ends with an uncaught TypeError comparing a str with a float.

def biggest(values):
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best


print(biggest([3, 9.5, 2, True]))
print(biggest([-1.5, -3, -1]))
print(biggest(["pear", "apple", "zoo"]))
print(1 < 2.0, "a" < "b", False < 1)
print(3 == "3", 3 != "3")

mixed = [4, 8.0, 6]
print(biggest(mixed), type(biggest(mixed)).__name__)
mixed.append("10")
print(mixed, len(mixed))
for m in mixed:
    if isinstance(m, str):
        print("string entry:", m, int(m) + 1)
    else:
        print("number entry:", m)
# Equality with a str is allowed, but ordering is not.
print(mixed[-1] == 10)
print("max:", biggest(mixed))
