# JSON round trip of nested data with indent and sort_keys
import json

catalog = {
    "store": "Corner Books",
    "open": True,
    "rating": 4.5,
    "tags": ["used", "rare", "local"],
    "sections": [
        {"name": "fiction", "shelves": 12, "books": [{"title": "Dune", "price": 9.99}, {"title": "Emma", "price": 5.5}]},
        {"name": "science", "shelves": 4, "books": [{"title": "Cosmos", "price": 12.0}]},
        {"name": "empty", "shelves": 0, "books": []},
    ],
    "manager": None,
}

text = json.dumps(catalog, indent=2, sort_keys=True)
print(text[:200])
print("length:", len(text))
back = json.loads(text)
print("equal after round trip:", back == catalog)

compact = json.dumps(catalog, separators=(",", ":"))
print("compact length:", len(compact))
print(compact[:80])

for section in back["sections"]:
    total = sum(b["price"] for b in section["books"])
    titles = ", ".join(b["title"] for b in section["books"]) or "(none)"
    print(f"{section['name']:>8}: {len(section['books'])} books, total {total:.2f} -> {titles}")

print(json.dumps([1, 2.5, "x", None, True, False, {"a": [1, {"b": []}]}]))
print(json.dumps("caf\u00e9 \u2603"))
print(json.dumps("caf\u00e9 \u2603", ensure_ascii=False))
print(json.loads('"\\u00e9\\n"') == "\u00e9\n")
print(json.dumps({3: "three", 1: "one"}, sort_keys=True))
print(json.loads("[1e3, -0.25, 10]"))
