def run_lengths(text):
    prev = ""
    count = 0
    for ch in text:
        if ch == prev:
            count += 1
        else:
            if count:
                yield (prev, count)
            prev = ch
            count = 1
    if count:
        yield (prev, count)


def encode(text):
    return "".join(ch + str(n) if n > 1 else ch for ch, n in run_lengths(text))


def decode_pairs(code):
    i = 0
    while i < len(code):
        ch = code[i]
        i += 1
        digits = ""
        while i < len(code) and code[i].isdigit():
            digits += code[i]
            i += 1
        yield ch * (int(digits) if digits else 1)


def wrap(words, width):
    line = ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            yield line
            line = w
        elif line:
            line += " " + w
        else:
            line = w
    if line:
        yield line


for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
    enc = encode(s)
    dec = "".join(decode_pairs(enc))
    print(repr(s), "->", repr(enc), "->", repr(dec), dec == s)

print(list(run_lengths("mississippi")))
text = ("It was the best of times it was the worst of times it was the age of "
        "wisdom it was the age of foolishness")
for line in wrap(text.split(), 24):
    print("|" + line.ljust(24) + "|")
print(max(wrap(text.split(), 30), key=len))
