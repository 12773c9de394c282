# Exercises json.loads nested data navigated by indexing in native loops, sums, and json.dumps of dict literals/comprehensions.
import json

DOC = '''{"store": {"name": "corner", "items": [
  {"sku": "a1", "price": 3.5, "qty": 4, "tags": ["food", "fresh"]},
  {"sku": "b2", "price": 10, "qty": 1, "tags": []},
  {"sku": "c3", "price": 0.25, "qty": 12, "tags": ["misc"]},
  {"sku": "d4", "price": 7, "qty": 0, "tags": ["food"]}
], "open": true, "owner": null}}'''

data = json.loads(DOC)
store = data["store"]
print("name:", store["name"], "open:", store["open"], "owner is None:", store["owner"] is None)
total = 0
count = 0
for i in range(len(store["items"])):
    it = store["items"][i]
    line = it["price"] * it["qty"]
    total += line
    count += it["qty"]
    print(f"{i}: {it['sku']:>3} {it['price']:6.2f} x {it['qty']:2d} = {line:7.2f} tags={len(it['tags'])}")
print("total:", total, "units:", count)
tagged = [it["sku"] for it in store["items"] if it["tags"]]
print("tagged:", tagged)
by_tag = {}
for it in store["items"]:
    for t in it["tags"]:
        by_tag.setdefault(t, []).append(it["sku"])
print(json.dumps(by_tag, sort_keys=True))
summary = json.dumps({"skus": [str(it["sku"]).upper() for it in store["items"]], "total": float(total), "n": len(store["items"])})
print(summary)
print(json.dumps({"nested": {"k": [1, 2, {"x": None}]}, "b": False}, indent=2))
again = json.loads(summary)
print(again == json.loads(summary), again["total"] == total, again["skus"][-1], again["n"] + 100)
