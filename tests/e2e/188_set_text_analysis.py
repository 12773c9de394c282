# Tests sets of strs for text analysis, always sorted before printing: vocabulary overlap, Jaccard similarity, unique letters.
doc_a = "the cat sat on the mat and the cat was happy"
doc_b = "the dog sat on the log and the dog was sleepy"
doc_c = "a happy cat and a sleepy dog met on a mat"
docs = {"a": doc_a, "b": doc_b, "c": doc_c}
vocab = {name: set(text.split()) for name, text in docs.items()}
for name in sorted(vocab):
    print(name, len(vocab[name]), sorted(vocab[name]))
common = vocab["a"] & vocab["b"] & vocab["c"]
print("common to all:", sorted(common))
print("only in a:", sorted(vocab["a"] - vocab["b"] - vocab["c"]))
print("a xor b:", sorted(vocab["a"] ^ vocab["b"]))
print("union size:", len(vocab["a"] | vocab["b"] | vocab["c"]))
def jaccard(x, y):
    return len(x & y) / len(x | y)
names = sorted(docs)
for i in range(len(names)):
    for j in range(i + 1, len(names)):
        p, q = names[i], names[j]
        print(f"jaccard({p},{q}) = {jaccard(vocab[p], vocab[q]):.4f}")
letters = {name: set(text.replace(" ", "")) for name, text in docs.items()}
print({name: "".join(sorted(s)) for name, s in letters.items()})
alphabet = set("abcdefghijklmnopqrstuvwxyz")
for name in names:
    missing = alphabet - letters[name]
    print(name, "missing", len(missing), "".join(sorted(missing)))
stop = {"the", "a", "and", "on", "was"}
content = {name: sorted(words - stop) for name, words in vocab.items()}
print(content)
seen = set()
first_seen = []
for word in (doc_a + " " + doc_b + " " + doc_c).split():
    if word not in seen:
        seen.add(word)
        first_seen.append(word)
print(first_seen, len(seen) == len(first_seen))
print("cat" in vocab["a"], "cat" in vocab["b"], {"cat", "dog"} <= vocab["c"], vocab["a"].isdisjoint({"log", "dog"}))
frozen = frozenset(vocab["a"])
print(len(frozen), sorted(frozen)[:3], frozen == vocab["a"])
