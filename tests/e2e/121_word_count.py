# Tests word counting with dicts: normalization, frequency tables, top-N by sorted key, and letter frequencies.
text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! A quick fox, a lazy dog, and THE end.
Dogs and foxes: who wins? The fox."""
words = []
for raw in text.split():
    cleaned = raw.strip(".,;:!?").lower()
    if cleaned:
        words.append(cleaned)
print(len(words), words[:8])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (word, n) in enumerate(top[:6], start=1):
    print(f"{rank:2d}. {word:<6} {n:3d} {'*' * n}")
singles = sorted(w for w, n in freq.items() if n == 1)
print("singles:", singles)
by_count = {}
for w, n in freq.items():
    by_count.setdefault(n, []).append(w)
for n in sorted(by_count, reverse=True):
    print(n, sorted(by_count[n]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters, key=lambda ch: (-letters[ch], ch))[:5]
print(common, [letters[ch] for ch in common])
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print(sorted(lengths.items()))
lines = text.splitlines()
for i, line in enumerate(lines):
    print(i, len(line.split()), line.count("fox"), line.lower().count("the"))
longest = max(words, key=len)
print("longest:", longest, "unique:", len(freq), "total:", sum(freq.values()))
