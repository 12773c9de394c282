# Tests Roman numeral conversion both ways using a list of (value, symbol) tuples and a dict of symbol values.
TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def to_roman(n):
    out = []
    for value, symbol in TABLE:
        count, n = n // value, n % value
        out.append(symbol * count)
    return "".join(out)
def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
samples = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]
for n in samples:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<15} -> {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
lengths = {}
for n in range(1, 101):
    lengths.setdefault(len(to_roman(n)), []).append(n)
print({k: len(v) for k, v in sorted(lengths.items())})
print("longest under 100:", lengths[max(lengths)])
symbol_counts = {}
for n in range(1, 51):
    for ch in to_roman(n):
        symbol_counts[ch] = symbol_counts.get(ch, 0) + 1
print(symbol_counts)
years = ["MCMLXXXIV", "MMXXIV", "MDCCLXXVI", "XLII"]
converted = sorted((from_roman(y), y) for y in years)
print(converted)
print([to_roman(n) for n in range(1, 13)])
