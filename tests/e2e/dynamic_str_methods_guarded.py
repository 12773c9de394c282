# Exercises str methods (upper, strip, split, ...) on values that are only
# str inside a branch guarded by isinstance.

inputs = ["  Hello World  ", 17, "a,b,c", None, 2.5, "MiXeD case", "", False, " x "]

for v in inputs:
    if isinstance(v, str):
        cleaned = v.strip()
        print(repr(cleaned), cleaned.upper(), cleaned.lower(), len(cleaned))
        if "," in cleaned:
            print("  parts:", cleaned.split(","))
        else:
            print("  words:", cleaned.split())
    else:
        print("not text:", repr(v))

normalized = []
for v in inputs:
    if isinstance(v, str) and v.strip():
        normalized.append(v.strip().title())
    elif isinstance(v, (int, float)) and not isinstance(v, bool):
        normalized.append(str(v).replace(".", ","))
    else:
        normalized.append("-")
print(normalized)
print("|".join(normalized))


def shout(v):
    if isinstance(v, str):
        return v.upper() + "!"
    return v


print([shout(v) for v in ["hey", 3, None, "ok"]])
label = inputs[5]
if isinstance(label, str):
    print(label.swapcase(), label.startswith("Mi"), label.find("case"), label.count("e"))
