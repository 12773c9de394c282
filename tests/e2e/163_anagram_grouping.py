# Tests anagram grouping with a dict of lists keyed by sorted str, letter-count signatures, and palindrome checks.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird", "inlets"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
print(groups)
for key, members in groups.items():
    if len(members) > 1:
        print(key, "->", ", ".join(sorted(members)))
biggest = max(groups.values(), key=len)
print("biggest group", biggest)
def signature(word):
    counts = [0] * 26
    for ch in word.lower():
        if "a" <= ch <= "z":
            counts[ord(ch) - ord("a")] += 1
    return tuple(counts)
sig_groups = {}
for w in words:
    sig_groups.setdefault(signature(w), []).append(w)
print(len(sig_groups), len(groups), sorted(len(v) for v in sig_groups.values()))
def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
for a, b in [("Dormitory", "dirty room"), ("The eyes", "They see"), ("hello", "world"), ("Astronomer", "Moon starer")]:
    print(repr(a), repr(b), is_anagram(a, b))
def can_be_palindrome(s):
    odd = 0
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for n in counts.values():
        if n % 2 == 1:
            odd += 1
    return odd <= 1
for s in ["carrace", "aabb", "abc", "a", "", "tactcoa"]:
    print(repr(s), can_be_palindrome(s))
text = "stop pots tops opts post spot ports strop sport"
anag = {}
for w in text.split():
    anag.setdefault("".join(sorted(w)), []).append(w)
print(sorted(anag.items(), key=lambda kv: (-len(kv[1]), kv[0])))
sub_anagrams = [w for w in words if sorted(w) == sorted("silent")]
print(sub_anagrams)
