# Tests dict creation, lookup, assignment, membership, len, insertion order, overwrite and reprs.
ages = {"ann": 31, "bob": 25}
ages["cy"] = 40
ages["dee"] = 19
print(ages, len(ages))
print(ages["bob"], "ann" in ages, "zed" in ages, "zed" not in ages)
ages["bob"] = 26
print(ages)
ages["ann"] += 1
print(ages["ann"])
squares = {}
for n in range(1, 8):
    squares[n] = n * n
print(squares)
print(squares[7], 4 in squares, 49 in squares)
by_len = {3: "three", 1: "one", 2: "two"}
print(by_len, by_len[2])
prices = {"tea": 2.5, "coffee": 3.25, "water": 0.0}
print(prices)
total = 0.0
for item in prices:
    total += prices[item]
print("total", total)
flags = {"debug": False, "verbose": True}
print(flags, flags["verbose"])
empty = {}
empty["x"] = 1
print(empty, len(empty))
empty2 = {k: v for k, v in squares.items() if v > 100}
print(empty2, len(empty2))
d1 = {"a": 1, "b": 2}
d2 = {"b": 2, "a": 1}
print(d1 == d2, d1 != {"a": 1}, d1 == {"a": 1, "b": 3})
neg = {-1: 10, -2: 20, 0: 0}
print(neg, neg[-2])
bools = {True: "yes", False: "no"}
print(bools, bools[1 > 0], bools[1 < 0])
keys_first = {}
for word in ["pear", "fig", "pear", "apple", "fig"]:
    if word not in keys_first:
        keys_first[word] = len(keys_first)
print(keys_first)
nested = {"x": {"y": 1}, "z": {}}
nested["z"]["w"] = 5
print(nested, nested["x"]["y"])
print(str(ages), repr(prices))
