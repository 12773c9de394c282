# Tests Caesar and Vigenere ciphers with lists of chars, ord/chr arithmetic, frequency analysis to crack a Caesar shift.
ALPHA = "abcdefghijklmnopqrstuvwxyz"
def caesar(text, shift):
    out = []
    for ch in text:
        lower = ch.lower()
        if lower in ALPHA:
            idx = (ALPHA.index(lower) + shift) % 26
            new = ALPHA[idx]
            out.append(new.upper() if ch.isupper() else new)
        else:
            out.append(ch)
    return "".join(out)
def vigenere(text, key, sign):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha() and ch.lower() in ALPHA:
            shift = (ord(key[k % len(key)]) - ord("a")) * sign
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
plain = "Attack at Dawn! The quick brown fox jumps over the lazy dog, ünchanged."
for shift in [1, 3, 13, 25, -2]:
    enc = caesar(plain, shift)
    print(shift, enc)
    print("  back:", caesar(enc, -shift) == plain)
v = vigenere(plain, "lemon", 1)
print(v)
print(vigenere(v, "lemon", -1))
def crack(cipher):
    counts = [0] * 26
    for ch in cipher.lower():
        if ch in ALPHA:
            counts[ALPHA.index(ch)] += 1
    top = counts.index(max(counts))
    shift = (top - ALPHA.index("e")) % 26
    return shift, counts
secret = caesar("meet me near the tree beside the green gate where everyone sees", 7)
print(secret)
found, hist = crack(secret)
print("guessed shift", found, hist)
print(caesar(secret, -found))
table = {ALPHA[i]: ALPHA[(i * 7 + 3) % 26] for i in range(26)}
inverse = {v2: k2 for k2, v2 in table.items()}
affine = "".join(table.get(ch, ch) for ch in "hello world")
print(affine, "".join(inverse.get(ch, ch) for ch in affine))
print(sorted(table.items())[:5], len(set(table.values())))
