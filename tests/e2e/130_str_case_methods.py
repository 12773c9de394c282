# Tests upper, lower, title, capitalize, swapcase and startswith/endswith (with tuples and ranges) on ASCII and Unicode.
samples = ["hello world", "HELLO World", "o'neil mcdonald-smith", "ßtraße", "élan vital", "123abc DEF", ""]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
name = "ada LOVELACE"
print(name.title(), name.capitalize(), name.swapcase().swapcase() == name)
files = ["report.pdf", "photo.JPG", "notes.txt", "archive.tar.gz", "script.py", "README"]
for f in files:
    lower = f.lower()
    is_image = lower.endswith((".jpg", ".png", ".gif"))
    is_doc = f.endswith((".pdf", ".txt"))
    print(f, is_image, is_doc, f.startswith(("re", "RE")), f.endswith("gz"))
url = "https://example.com/path"
print(url.startswith("https"), url.startswith("http:"), url.startswith(("ftp", "https")))
print(url.startswith("example", 8), url.endswith("path", 0, 24), url.endswith("com", 0, 19))
print("".startswith(""), "abc".endswith(""), "abc".startswith(("x", "")))
def normalize_header(h):
    return "-".join(part.capitalize() for part in h.split("-"))
for h in ["content-type", "X-REQUEST-ID", "accept"]:
    print(h, "->", normalize_header(h))
words = "The Rain in SPAIN stays Mainly".split()
upper_words = [w for w in words if w.isupper()]
title_words = [w for w in words if w[0].isupper() and w[1:].islower()]
print(upper_words, title_words)
print([w.lower() for w in words], [w.swapcase() for w in words])
greek = "αβγ ΔΕΖ"
print(greek.upper(), greek.lower(), greek.swapcase(), greek.title())
mixed = "mIxEd CaSe 42"
count_upper = 0
count_lower = 0
for ch in mixed:
    if ch.isupper():
        count_upper += 1
    elif ch.islower():
        count_lower += 1
print(count_upper, count_lower, mixed.lower().count("e"))
