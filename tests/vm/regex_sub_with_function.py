# re.sub with replacement functions, backreferences and flags
import re


def to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


def to_camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


for n in ["HTTPServerError", "getUserID", "simple", "XMLParser2Fast", "already_snake"]:
    s = to_snake(n)
    print(f"{n:>16} -> {s:<20} -> {to_camel(s)}")

prices = "apple $1.20, bread $3.05, cheese $12.99 and wine $25"


def add_tax(m):
    value = float(m.group(1)) * 1.08
    return f"${value:.2f}"


print(re.sub(r"\$(\d+(?:\.\d+)?)", add_tax, prices))

template = "Hello {name}, you owe {amount} to {creditor}. {unknown} stays."
values = {"name": "Rosa", "amount": "$40", "creditor": "Bank"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))

text = "the the quick brown fox fox jumps over the lazy dog dog"
fixed, count = re.subn(r"\b(\w+) \1\b", r"\1", text)
print(fixed, "| removed:", count)

print(re.sub(r"(?i)python", "Py", "Python python PYTHON pYtHoN"))
print(re.sub(r"\s+", " ", "  lots   of\t\twhitespace \n here ").strip())
print(re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", "5551234567 and 8005550199"))
print(re.sub(r"(?m)^", "> ", "line one\nline two\nline three"))

counter = {"n": 0}


def numbered(m):
    counter["n"] += 1
    return f"[{counter['n']}:{m.group(0).upper()}]"


print(re.sub(r"\b[aeiou]\w*", numbered, "an elephant is under every old umbrella"))
print(re.sub(r"x*", "-", "abxd"))
print(re.escape("1+1=2? (yes)"))
