# Tests dict.pop (with default), popitem LIFO order, update from dict/list of pairs, copy and clear.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zz", -1), d)
print(d.popitem(), d)
print(d.popitem(), d)
d["x"] = 10
print(d.popitem(), d)
d.update({"a": 100, "n": 5})
print(d)
d.update([("p", 7), ("a", 1)])
print(d)
other = {"q": 9}
d.update(other)
print(d, len(d))
snapshot = d.copy()
d.clear()
print(d, snapshot, len(d))
snapshot["new"] = 0
print(snapshot)
shallow = {"lst": [1, 2]}
c = shallow.copy()
c["lst"].append(3)
print(shallow, c)
pending = {1: "one", 2: "two", 3: "three", 4: "four"}
while pending:
    k, v = pending.popitem()
    print("processing", k, v, "left", len(pending))
merged = {}
for part in [{"x": 1, "y": 2}, {"y": 20, "z": 30}, {"x": 100}]:
    merged.update(part)
    print(merged)
inventory = {"bolt": 50, "nut": 30, "gear": 0}
removed = []
for name in list(inventory.keys()):
    if inventory[name] == 0:
        inventory.pop(name)
        removed.append(name)
print(inventory, removed)
cache = {(1, 1): 2, (2, 3): 5}
print(cache.pop((2, 3)), cache.pop((9, 9), 0), cache)
