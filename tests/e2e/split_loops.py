# `for field in text.split(...)` makes the fields one at a time instead of a
# list; every form must give CPython's fields, in order, with its limits.

samples = ["", " ", "a", "  a  b   c  ", "a,b,,c,", ",", ",,", "one two\tthree\nfour\r\nfive",
           "x\x1cy\x1dz\x1ew\x1fv", "caf\u00e9 na\u00efve\u2003r\u00e9sum\u00e9\u3000\u65e5\u672c",
           "a--b----c--", "--", "\u00e9,\u00e8,,"]

for text in samples:
    print(repr(text))
    for word in text.split():
        print("  ws", repr(word))
    for word in text.split(","):
        print("  comma", repr(word))
    for word in text.split("--"):
        print("  dashes", repr(word))
    for limit in (-1, 0, 1, 2):
        got = []
        for word in text.split(None, limit):
            got.append(word)
        assert got == text.split(None, limit), (text, limit)
        print("  ws limit", limit, got)
        got = []
        for word in text.split(",", limit):
            got.append(word)
        print("  comma limit", limit, got)
        got = []
        for word in text.split(sep="--", maxsplit=limit):
            got.append(word)
        print("  dashes limit", limit, got)
    print("  kw", [w for w in text.split(maxsplit=1)], [w for w in text.split(sep=None)])

# break, continue and else
for word in "alpha beta gamma delta".split():
    if word == "beta":
        continue
    if word == "delta":
        break
    print("loop", word)
else:
    print("not reached")
for word in "alpha beta".split():
    print("loop", word)
else:
    print("else ran")

# nested splits, comprehensions and generator expressions over split
text = "the cat sat\non the mat\n\nthe end"
counts = {}
for line in text.split("\n"):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
print(counts)
print([len(w) for w in text.split() if w != "the"])
print(sum(len(line) for line in text.split("\n")))
print(sorted({w for w in text.split()}))
print(max(text.split(), key=len), min(w for w in text.split()))
print(list(enumerate(x for x in "a b c".split())))

# The loop variable keeps the last field; the text may be rebound inside the
# loop without changing what is split.
line = "one two three"
for word in line.split():
    line = "changed"
print(word, line)

# A separator that is not a literal, and one computed in the loop header.
separator = ";"
print([part for part in "a;b;c".split(separator)])
print([part for part in "a;b;c".split(separator * 2)])

# split of an empty separator raises before the first iteration.
count = 0
for part in "abc".split(""):
    count += 1
print("not reached", count)
