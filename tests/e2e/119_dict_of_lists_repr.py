# Tests reprs of nested containers: dict of lists, dict of dicts, list of dicts, dict of tuples, list of tuples.
groups = {"odd": [1, 3, 5], "even": [2, 4], "none": []}
print(groups)
groups["even"].append(6)
groups["none"].extend([0])
print(groups)
table = {"r1": {"a": 1, "b": 2}, "r2": {}}
table["r2"]["c"] = 3
print(table)
people = [{"name": "ann", "city": "oslo"}, {"name": "bob", "city": "rome"}]
print(people)
print(people[1]["city"], [p["name"] for p in people])
spans = {"a": (1, 5), "b": (2, 3)}
print(spans)
pairs = [(1, "x"), (2, "y")]
print(pairs)
quotes = ["it's", 'say "hi"', "back\\slash", "tab\there", "new\nline"]
print(quotes)
print({"k'ey": "v\"al"})
deep = [[[1, 2], [3]], [[4]], []]
print(deep)
floats = {"pi": 3.14159, "e": 2.718281828, "tiny": 1e-10, "big": 1e22, "neg": -0.0}
print(floats)
lists_of_floats = [[0.1, 0.2], [1.0 / 3.0]]
print(lists_of_floats)
tuple_of_lists = ([1], [2, 3])
print(tuple_of_lists)
tuple_of_lists[0].append(9)
print(tuple_of_lists)
by_first = {}
for word in ["cat", "car", "dog", "cow", "door"]:
    by_first.setdefault(word[0], []).append(word)
print(by_first)
print({k: len(v) for k, v in by_first.items()})
matrix_dict = {0: [[1, 0], [0, 1]], 1: [[2, 2], [2, 2]]}
print(matrix_dict)
unicode = {"café": ["naïve", "日本"], "ß": []}
print(unicode)
print([[]], [()], [{}], ({},))
