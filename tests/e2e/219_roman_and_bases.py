# Tests number conversions: roman numerals both ways, base-N conversion, digit sums and int() with bases.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SINGLE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    out = ""
    for v, sym in VALUES:
        while n >= v:
            out += sym
            n -= v
    return out

def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        v = SINGLE[ch]
        if i + 1 < len(s) and SINGLE[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:5d} {r:<14} {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 2000)))

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return ("-" if neg else "") + "".join(reversed(out))

for n in [0, 7, 255, -42, 1000000, 2 ** 40 + 3]:
    reps = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, reps)
    print("   back:", [int(r, b) for r, b in zip(reps, (2, 3, 8, 16, 36))])
print(f"{10:#b} {64:#o} {48879:#x} {48879:X}", int("ff", 16), int("0b101", 0), int("  42  "), int("-0o17", 8))
def digit_sum(n, b):
    s = 0
    while n:
        s += n % b
        n //= b
    return s
print([digit_sum(12345, b) for b in range(2, 11)])
palins = [n for n in range(1, 600) if to_base(n, 2) == to_base(n, 2)[::-1] and str(n) == str(n)[::-1]]
print("double-base palindromes", palins)
