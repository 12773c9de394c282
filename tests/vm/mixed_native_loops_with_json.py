# Native loops around json: a config comes in as JSON, results go out as JSON.
import json

config = json.loads('{"size": 30, "scale": 2.5, "label": "grid", "tags": ["a", "b"]}')
size = int(config["size"])
scale = float(config["scale"])
grid = [[(i * j) % 7 * scale for j in range(size)] for i in range(size)]
row_sums = [sum(row) for row in grid]
total = 0.0
for value in row_sums:
    total += value
print(config["label"], size, total)
print(json.dumps({"total": total, "rows": row_sums[:5], "label": str(config["label"])}, sort_keys=True))
print(json.dumps(row_sums[:3]))
for tag in config["tags"]:
    print("tag", tag, len(tag))
encoded = json.dumps([1, "two", 3.0, None, True])
print(encoded, type(json.loads(encoded)).__name__)
back = json.loads(encoded)
print(back[1], back[2] + 1, back[3] is None)
