# Exercises functions returning str or None (lookups that may fail), with
# callers using `is None`, `is not None` and `or` defaults.

phone_book = {"ann": "555-0101", "bob": "555-0199", "cy": ""}


def find_phone(name):
    key = name.lower()
    if key in phone_book:
        return phone_book[key]
    return None


def initials(full_name):
    parts = full_name.split()
    if not parts:
        return None
    return "".join(p[0].upper() for p in parts)


for who in ["Ann", "BOB", "Cy", "Dee"]:
    phone = find_phone(who)
    if phone is None:
        print(who, "not listed")
    elif phone == "":
        print(who, "listed without number")
    else:
        print(who, "->", phone, phone.replace("-", ""))

for who in ["Ann", "Dee", "Cy"]:
    print(who, find_phone(who) or "n/a")

names = ["ada lovelace", "", "alan mathison turing", "   "]
found = []
for n in names:
    ini = initials(n)
    if ini is not None:
        found.append(ini)
    print(repr(n), ini)
print(found, len(found))

longest = None
for word in "a quick brown fox jumped".split():
    if longest is None or len(word) > len(longest):
        longest = word
print("longest:", longest, longest is not None)

empty_longest = None
for word in []:
    empty_longest = word
print("empty:", empty_longest, empty_longest is None)
