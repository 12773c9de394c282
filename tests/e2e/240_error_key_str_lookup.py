# Tests an uncaught KeyError with a str key while translating words through a dictionary; expect "KeyError: 'lazy'".
EN_DE = {"the": "der", "quick": "schnelle", "brown": "braune", "fox": "Fuchs",
         "jumps": "springt", "over": "ueber", "dog": "Hund"}
print(len(EN_DE), "entries;", sorted(EN_DE)[:4])
reverse = {EN_DE[k]: k for k in EN_DE}
print(sorted(reverse.items())[:3])
print(EN_DE.get("cat", "<none>"), "dog" in EN_DE, "Hund" in reverse)
lengths = {}
for en in sorted(EN_DE):
    de = EN_DE[en]
    lengths[en] = len(de) - len(en)
    print(f"  {en:<6} -> {de:<9} {'longer' if len(de) > len(en) else 'not longer'} by {len(de) - len(en):+d}")
print("longest growth:", max(sorted(lengths), key=lambda k: lengths[k]))
caps = sorted(v for v in reverse if v[0].isupper())
print("capitalised nouns:", caps, [reverse[c] for c in caps])
EN_DE["a"] = "ein"
EN_DE["sleeps"] = "schlaeft"
print("added", len(EN_DE), "entries")
print(" ".join(EN_DE[w] for w in "a fox sleeps".split()))
sentence = "the quick brown fox jumps over the lazy dog"
done = []
for word in sentence.split():
    print(f"translating {word!r:8} known={word in EN_DE}")
    done.append(EN_DE[word])
    print("  so far:", " ".join(done))
print("translation:", " ".join(done))
