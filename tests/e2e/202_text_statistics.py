# Tests text statistics: word frequencies, sentence splitting, letter histograms and longest words.
TEXT = """The quick brown fox jumps over the lazy dog. The dog sleeps!
A fox is quick; a dog is lazy. Does the fox ever rest? Never, says the fox.
Brown leaves fall over the quiet yard."""

lines = TEXT.splitlines()
print("lines:", len(lines))
for i, line in enumerate(lines, 1):
    print(i, len(line), len(line.split()))

clean = ""
for ch in TEXT.lower():
    if ch.isalpha() or ch.isspace():
        clean += ch
    else:
        clean += " "
words = clean.split()
print("words:", len(words), "unique:", len(set(words)))

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:>6} {c:2d} {'#' * c}")

sentences = []
current = ""
for ch in TEXT.replace("\n", " "):
    current += ch
    if ch in ".!?":
        sentences.append(current.strip())
        current = ""
print(len(sentences), "sentences")
for s in sentences:
    print(repr(s[:24]), len(s.split()))

letters = {}
for ch in clean:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print("common letters:", common, [letters[c] for c in common])
missing = [chr(c) for c in range(ord("a"), ord("z") + 1) if chr(c) not in letters]
print("missing letters:", "".join(missing))

longest = max(words, key=len)
print("longest:", longest, len(longest))
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, by_len[n])
avg = sum(len(w) for w in words) / len(words)
print(f"average word length {avg:.3f}")
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
print(TEXT.count("fox"), TEXT.lower().count("the"), TEXT.find("dog"), TEXT.rfind("dog"))
