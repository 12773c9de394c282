# Counting words that re finds: CPython strs as native dict keys and set members, with in/not in.
import re
text = "the cat and the hat and the bat"
counts = {}
for word in re.findall(r"\w+", text):
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
seen = set()
for word in re.findall(r"\w+", text):
    if word not in seen:
        seen.add(word)
print(len(seen), "cat" in seen)
counts2 = {}
for m in re.finditer(r"(\w)\w*", text):
    first = m.group(1)
    counts2[first] = counts2.get(first, 0) + 1
print(sorted(counts2.items()), "t" in counts2, "z" in counts2)
words = re.findall(r"\w+", text)
print("cat" in words, words.count("the") if False else len(words))
