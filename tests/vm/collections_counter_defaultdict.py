# collections.Counter and defaultdict for word statistics and grouping
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = [w.strip(",.").lower() for w in TEXT.split()]
counts = Counter(words)
print("distinct words:", len(counts), "total:", sum(counts.values()))
for word, n in counts.most_common(6):
    print(f"  {word:<8} {n:>2} {'#' * n}")

letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("top letters:", letters.most_common(5))
print("missing letter count:", letters["z"], "q" in letters)

a = Counter("mississippi")
b = Counter("missouri")
print(sorted((a + b).items()))
print(sorted((a - b).items()))
print(sorted((a & b).items()), sorted((a | b).items()))
a.subtract("ssss")
print(sorted(a.items()), sorted(a.elements()))

by_length = defaultdict(list)
for w in sorted(set(words)):
    by_length[len(w)].append(w)
for length in sorted(by_length):
    print(length, by_length[length])

index = defaultdict(set)
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for w in line.split():
        index[w.strip(",.").lower()].add(lineno)
for w in ["age", "epoch", "season", "times"]:
    print(w, sorted(index[w]))

nested = defaultdict(lambda: defaultdict(int))
sales = [("north", "apples", 3), ("south", "pears", 5), ("north", "pears", 2), ("north", "apples", 4), ("east", "plums", 1)]
for region, fruit, qty in sales:
    nested[region][fruit] += qty
print({r: dict(f) for r, f in nested.items()})
print("unknown region default:", dict(nested["west"]), len(nested))
print(Counter({"a": 3, "b": 1}).total(), +Counter({"a": 2, "b": -1}))
