# Tests ord/chr round trips, building alphabets and lookup tables, rot13, and code point arithmetic.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("é"), ord("€"), ord("日"), ord("🐍"))
print(chr(65), chr(97), chr(48), chr(233), chr(8364), chr(26085), chr(128013))
upper = "".join(chr(c) for c in range(ord("A"), ord("Z") + 1))
lower = [chr(ord("a") + i) for i in range(26)]
print(upper, len(upper))
print(lower[:5], lower[-3:])
digits = {chr(ord("0") + d): d for d in range(10)}
print(digits)
def parse_int(s):
    value = 0
    for ch in s:
        value = value * 10 + (ord(ch) - ord("0"))
    return value
print(parse_int("12345"), parse_int("0"), parse_int("9876543210"))
def rot13(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + 13) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + 13) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! Zebra-123"
enc = rot13(msg)
print(enc, rot13(enc), rot13(enc) == msg)
def to_hex(n):
    if n == 0:
        return "0"
    hexdigits = "0123456789abcdef"
    out = ""
    while n > 0:
        out = hexdigits[n % 16] + out
        n //= 16
    return out
print([to_hex(v) for v in [0, 9, 10, 255, 4096, 65535]])
code_points = [ord(ch) for ch in "naïve"]
print(code_points, "".join(chr(cp) for cp in code_points))
shifted = "".join(chr(ord(ch) + 1) for ch in "HAL")
print(shifted)
greek = [chr(cp) for cp in range(0x3B1, 0x3B1 + 6)]
print(greek, "".join(greek).upper())
box = chr(0x2500) * 5
print(box, len(box))
table = {}
for ch in "hello":
    table[ch] = ord(ch)
print(table, sum(table.values()))
print(max("hello", key=ord), min(["b", "A", "c"], key=lambda s: ord(s)))
