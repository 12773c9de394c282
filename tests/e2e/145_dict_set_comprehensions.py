# Tests dict and set comprehensions: inversion, filtering, grouping, keys from tuples, and set comprehensions of ints.
squares = {n: n * n for n in range(1, 8)}
print(squares)
inverse = {v: k for k, v in squares.items()}
print(inverse)
odd_squares = {k: v for k, v in squares.items() if k % 2 == 1}
print(odd_squares)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
lengths = {w: len(w) for w in words}
print(lengths)
first_letter = {w[0]: w for w in words}
print(first_letter)
grouped = {ch: [w for w in words if w[0] == ch] for ch in "abc"}
print(grouped)
counts = {ch: "hello world".count(ch) for ch in "hello world" if ch != " "}
print(counts)
grid = {(r, c): r * c for r in range(3) for c in range(3) if r <= c}
print(grid)
mods = {n % 7 for n in range(0, 100, 5)}
print(mods, len(mods))
sums = {a + b for a in range(4) for b in range(4)}
print(sums)
pairs = {(min(a, b), max(a, b)) for a in range(3) for b in range(3)}
print(sorted(pairs))
lens = {len(w) for w in words}
print(lens, sorted(lens))
letter_set = sorted({ch for w in words for ch in w})
print(letter_set)
prices = {"tea": 2.5, "cake": 4.0, "water": 1.0}
taxed = {item: price * 1.5 for item, price in prices.items()}
print(taxed)
cheap = {item for item, price in prices.items() if price < 3.0}
print(sorted(cheap))
nested = {n: {m: n * m for m in range(1, 3)} for n in range(1, 4)}
print(nested)
swapped = {num: name for name, num in {"a": 1, "b": 2, "c": 1}.items()}
print(swapped)
empty_d = {k: v for k, v in squares.items() if v < 0}
empty_s = {n for n in range(10) if n > 100}
print(empty_d, empty_s, len(empty_d) + len(empty_s))
position = {ch: i for i, ch in enumerate("abcabc")}
print(position)
