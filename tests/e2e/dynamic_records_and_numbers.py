# Mixed values through str(), repr(), f-strings, truth, arithmetic after an
# isinstance test, a record dict, sorting mixed numbers and mixed dict keys.
def lookup(table, key):
    if key in table:
        return table[key]
    return None


words = ["apple", 3, "pear", 4.5, None, False]
for w in words:
    if isinstance(w, str):
        print(w.upper(), len(w))
    elif isinstance(w, (int, float)):
        print("num", w, -w, w ** 2, w / 2, w // 2, w % 2)
    print(str(w), repr(w), f"<{w}>", bool(w), not w)
record = {"name": "Ann", "age": 31, "score": 9.5, "tags": None}
for key in ["name", "age", "score", "tags"]:
    value = record[key]
    print(key, value, value == 31, value is None)
print(record)
print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))
numbers = [3, 1.5, True, -2, 0.25]
numbers.sort()
print(numbers, max(3, 4))
print(sorted([2, 1.5, 1]))
total = 0
for n in numbers:
    total = total + n
print(total)
keys = {1: "int", "1": "str", 2.5: "float"}
print(keys[1], keys["1"], keys[2.5], len(keys))
print(hash(words[0]) == hash("apple"), hash(words[1]))
