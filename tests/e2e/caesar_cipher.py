# Tests a Caesar cipher and ROT13 using ord/chr arithmetic with modulo on negative shifts.
def shift_char(ch, k):
    o = ord(ch)
    if ord("a") <= o <= ord("z"):
        return chr((o - ord("a") + k) % 26 + ord("a"))
    if ord("A") <= o <= ord("Z"):
        return chr((o - ord("A") + k) % 26 + ord("A"))
    return ch

def caesar(text, k):
    out = ""
    for i in range(len(text)):
        out += shift_char(text[i], k)
    return out

msg = "Hello, World! The Quick Brown Fox, héllo 日本."
for k in range(-27, 30, 6):
    enc = caesar(msg, k)
    dec = caesar(enc, -k)
    print(k, enc, dec == msg)
rot = caesar(msg, 13)
print(rot)
print(caesar(rot, 13))
print(caesar("xyz XYZ abc", 3), caesar("abc", -3), caesar("", 5))
def vigenere(text, key, direction=1):
    out = ""
    j = 0
    for i in range(len(text)):
        ch = text[i]
        if ch.isdigit() or ch == " ":
            out += ch
        else:
            k = ord(key[j % len(key)]) - ord("a")
            out += shift_char(ch, k * direction)
            j += 1
    return out

v = vigenere("attack at dawn 123", "lemon")
print(v)
print(vigenere(v, "lemon", direction=-1))
freq_e = 0
text = caesar("the eerie evening entered everywhere", 7)
for k in range(26):
    cand = caesar(text, -k)
    score = 0
    for i in range(len(cand)):
        if cand[i] == "e":
            score += 1
    if score > freq_e:
        freq_e = score
        print("better key", k, score, cand)
