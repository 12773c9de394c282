# Exercises dicts used as records whose values have several types,
# read by key, updated to other types and printed.

people = [
    {"name": "Ann", "age": 31, "score": 9.5, "tags": None},
    {"name": "Bob", "age": 45, "score": 7, "tags": ["admin", "ops"]},
    {"name": "Cy", "age": None, "score": 8.25, "tags": []},
]

for p in people:
    print(p)
    print(p["name"], p["age"], p["score"], p["tags"])

for p in people:
    age = p["age"]
    if age is None:
        age_text = "unknown"
    else:
        age_text = str(age + 1) + " next year"
    tags = p["tags"]
    tag_text = "no tags" if not tags else ", ".join(tags)
    print(f"{p['name']}: {age_text}; {tag_text}; score x2 = {p['score'] * 2}")

total = 0
for p in people:
    total += p["score"]
print("total score:", total, "average:", total / len(people))

ann = people[0]
ann["tags"] = "vip"
ann["age"] = "thirty-one"
ann["active"] = True
print(ann)
for key in ann:
    print(key, type(ann[key]).__name__)

print(ann.get("email"), ann.get("email", "none on file"), ann.get("score", 0) + 1)
print(list(ann.values()))
print(list(ann.items())[:2])
