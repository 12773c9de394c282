# Exercises string.Template substitute/safe_substitute with native dicts, KeyError/ValueError from CPython, and string constants.
import string

t = string.Template("Hello $name, you owe $$${amount} by $when")
rows = [
    {"name": "Ann", "amount": 5, "when": "Mon"},
    {"name": "Bob", "amount": 12.5},
    {"name": "Cy", "amount": 0, "when": "Fri", "extra": 1},
]
for i, row in enumerate(rows):
    try:
        print(i, t.substitute(row))
    except KeyError as e:
        print(i, "missing key", e, "->", t.safe_substitute(row))
bad = string.Template("cost: $")
try:
    bad.substitute({})
except ValueError as e:
    print("ValueError:", e)
print(len(string.ascii_letters), string.digits, str(string.punctuation)[:10])
print(string.capwords("the  quick brown   fox"), string.capwords("a-b-c", "-"))
vowels = 0
for ch in "Programming In Python":
    if ch.lower() in "aeiou":
        vowels += 1
    elif ch in string.whitespace:
        pass
print("vowels:", vowels)
table = {c: str(string.ascii_lowercase[(i + 13) % 26]) for i, c in enumerate(string.ascii_lowercase)}
print("".join(table.get(c, c) for c in "hello world"))
f = string.Formatter()
print(f.format("{0}-{1:>4}-{k}", "a", 7, k="z"), list(f.parse("x{a}y{b!r:>3}")))
print(t.get_identifiers(), t.is_valid(), string.Template("$a$b").substitute(a=1, b=2))
