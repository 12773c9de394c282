# Tests list comprehensions with conditions, conditional expressions, multiple for-clauses, and over strs/dicts.
nums = list(range(-5, 11))
print([n * n for n in nums])
print([n for n in nums if n > 0 and n % 2 == 0])
print([n if n >= 0 else -n for n in nums])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([ch.upper() for ch in "comprehension" if ch not in "aeiou"])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([x * y for x in range(1, 4) for y in range(x, 4)])
words = ["Apple", "bob", "Civic", "deed", "Eve", "frog"]
print([w for w in words if w.lower() == w.lower()[::-1]])
print([len(w) for w in words], [w[0] for w in words if w[0].isupper()])
prices = {"tea": 2.5, "cake": 4.0, "water": 1.0}
print([k for k, v in prices.items() if v >= 2.5], [v * 2 for v in prices.values()])
print([f"{k}={v:.1f}" for k, v in sorted(prices.items())])
threshold = 3
print([n for n in nums if n > threshold], [n - threshold for n in nums[-3:]])
flat = [val for row in [[1, 2], [3], [4, 5, 6]] for val in row]
print(flat)
pythag = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 30) if a * a + b * b == c * c]
print(pythag)
divisors = [[d for d in range(1, n + 1) if n % d == 0] for n in range(1, 13)]
print(divisors)
perfect = [n for n in range(2, 500) if sum(d for d in range(1, n) if n % d == 0) == n]
print(perfect)
letters = [chr(c) for c in range(ord("a"), ord("f"))]
print(letters, [l * i for i, l in enumerate(letters)])
first_word_lengths = [len(line.split()[0]) for line in ["hello world", "hi there", "greetings all"]]
print(first_word_lengths)
empty = [n for n in nums if n > 100]
print(empty, len(empty))
floats = [n / 2 for n in range(5)]
print(floats)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[::-1] for row in matrix], [matrix[i][i] for i in range(3)])
