# JSON-like nested data: dicts of mixed values read by key, indexed, iterated
# and summed; ends with a KeyError for a missing key.
data = {"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": None}], "count": 2}
users = data["users"]
print(len(users), data["count"])
for user in data["users"]:
    age = user["age"]
    print(user["name"].title(), "unknown" if age is None else age + 1)
row = ["x", 1, 2.5]
first = row[0]
print(first, row[-1], row[1] + 1)
pair = ("k", [1, 2])
print(pair[1][0], pair[0])
values = {"a": "text", "b": [10, 20]}
for key in ["a", "b"]:
    item = values[key]
    print(key, item[0], item[-1], len(item))
print(values["c"])
