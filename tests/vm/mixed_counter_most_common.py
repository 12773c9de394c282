# Exercises collections.Counter built from native data, item augmented assignment, arithmetic, most_common and iteration.
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the fox"
words = Counter(text.split())
letters = Counter()
for w in text.split():
    for ch in w:
        letters[ch] += 1
print("top words:", words.most_common(3))
print("top letters:", letters.most_common(4))
print("the:", words["the"], "missing:", words["cat"], "len:", len(words))
words["fox"] += 10
words["cat"] -= 2
print("fox/cat:", words["fox"], words["cat"])
a = Counter(a=3, b=1, c=5)
b = Counter(a=1, b=4, d=2)
print("a+b:", sorted((a + b).items()))
print("a-b:", sorted((a - b).items()))
print("a&b:", sorted((a & b).items()), "a|b:", sorted((a | b).items()))
total = 0
for k, v in a.items():
    total += v * 2
print("total*2:", total, "sum:", sum(a.values()), a.total())
print("elements:", sorted(a.elements()))
common = [k for k, v in letters.items() if v >= 4]
print("frequent letters:", sorted(common))
a.update("aab")
a.subtract({"c": 10})
print(sorted(a.items()), +a == Counter(a=5, b=2))
print(bool(Counter()), bool(a), Counter("abc") == Counter("cba"))
