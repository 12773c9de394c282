inputs = ["42", "-7", "abc", "", "3.14", " 12 ", "0", "1e3", "+5", "0x10", "99999999999"]
count = 0
total = 0
bad: list[str] = []
for s in inputs:
    try:
        n = int(s)
    except ValueError:
        bad.append(s)
    else:
        count += 1
        total += n
print(f"{count} of {len(inputs)} parsed as int, sum = {total}")
print(f"rejected: {bad}")

floats = 0
for s in inputs:
    try:
        f = float(s)
        floats += 1
        print(f"float({repr(s)}) = {f}")
    except ValueError as e:
        print(f"float failed: {e}")
print(f"{floats} parsed as float")

for s in ["abc", "", "12a"]:
    try:
        int(s)
    except ValueError as e:
        print(e)
