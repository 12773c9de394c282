# Exercises a parser returning int, None or str per token, and callers
# that test `is None` / `is not None` on the result.

def parse_token(token):
    token = token.strip()
    if token == "":
        return None
    if token.isdigit():
        return int(token)
    return token


def first_number(tokens):
    for t in tokens:
        v = parse_token(t)
        if v is not None and isinstance(v, int):
            return v
    return None


raw = "12, apple, , 7,  , banana, 300"
parts = raw.split(",")
values = []
for p in parts:
    values.append(parse_token(p))
print(values)

blanks = 0
numbers = 0
words = 0
for v in values:
    if v is None:
        blanks += 1
    elif isinstance(v, int):
        numbers += 1
    else:
        words += 1
print("blanks:", blanks, "numbers:", numbers, "words:", words)

total = 0
for v in values:
    if v is not None and not isinstance(v, str):
        total += v
print("total of numbers:", total)

print(first_number(["x", "", "42", "9"]))
found = first_number(["x", "", "y"])
if found is None:
    print("no number found")
print(found)
print(parse_token("  "), parse_token("5") + 1, parse_token("hi").upper())
