# Tests iterating strings by code point for non-ASCII text: len, indexing, reversal, ord values and char counts.
texts = ["héllo", "日本語", "naïve café", "Ωmega", "emoji 🐍 ok", "ß"]
for t in texts:
    codes = [ord(ch) for ch in t]
    print(t, len(t), t[::-1], codes)
word = "straße"
for i, ch in enumerate(word):
    print(i, ch, ord(ch), ch.upper())
snake = "🐍🐍 snake"
print(len(snake), snake[0] == snake[1], snake[2:], snake.count("🐍"))
counts = {}
for ch in "ääöüäö":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
non_ascii = [ch for ch in "Grüße aus Köln" if ord(ch) > 127]
print(non_ascii, len(non_ascii))
def char_classes(s):
    ascii_n = 0
    latin = 0
    other = 0
    for ch in s:
        o = ord(ch)
        if o < 128:
            ascii_n += 1
        elif o < 0x250:
            latin += 1
        else:
            other += 1
    return (ascii_n, latin, other)
print(char_classes("abc éèê 漢字 🎉"))
print(char_classes(""))
mixed = "a日b本c"
print([mixed[i] for i in range(0, len(mixed), 2)], mixed[1::2])
widths = [len(w) for w in "déjà vu 日本 !".split()]
print(widths)
rev_words = " ".join(w[::-1] for w in "ça va très bien".split())
print(rev_words)
chars = list("añb")
chars.reverse()
print(chars, "".join(chars))
print("é" < "z", "日" > "z", max("日本語"), min("naïve"), sorted("éaz"))
print("ü" in "München", "ue" in "München", "München".find("chen"))
