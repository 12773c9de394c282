# Tests word puzzles: anagram groups keyed by sorted-letter tuples, palindromes, word ladders via BFS and letter sets.
WORDS = """listen silent enlist tinsel inlets google banana stone tones notes onset
cold cord card ward word worm warm wore core care dare date gate late lane
level radar civic rotor noon refer stats kayak racecar madam""".split()
print(len(WORDS), "words")
groups = {}
for w in WORDS:
    groups.setdefault(tuple(sorted(w)), []).append(w)
for key in sorted(groups, key=lambda k: (-len(groups[k]), "".join(k))):
    if len(groups[key]) > 1:
        print("".join(key), groups[key])

pal = sorted((w for w in WORDS if w == w[::-1]), key=lambda w: (len(w), w))
print("palindromes:", pal)

words4 = set(w for w in WORDS if len(w) == 4)
def ladder(a, b):
    prev = {a: ""}
    queue = [a]
    i = 0
    while i < len(queue):
        w = queue[i]
        i += 1
        if w == b:
            break
        for pos in range(4):
            for ch in "abcdefghijklmnopqrstuvwxyz":
                cand = w[:pos] + ch + w[pos + 1:]
                if cand in words4 and cand not in prev:
                    prev[cand] = w
                    queue.append(cand)
    if b not in prev:
        return []
    path = [b]
    while path[-1] != a:
        path.append(prev[path[-1]])
    return path[::-1]

print(ladder("cold", "warm"))
print(ladder("card", "lane"))
print(ladder("cold", "noon"))
print(ladder("core", "core"))

letters = {}
for w in WORDS:
    for ch in set(w):
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
shared = set(WORDS[0])
for w in WORDS[1:5]:
    shared &= set(w)
print("shared by first five:", sorted(shared))
uniq = [w for w in WORDS if len(set(w)) == len(w)]
print(len(uniq), "words with unique letters; longest", max(uniq, key=lambda w: (len(w), w)))
scores = {w: sum(ord(c) - 96 for c in w) for w in WORDS}
best = sorted(WORDS, key=lambda w: (-scores[w], w))[:4]
print([(w, scores[w]) for w in best])
