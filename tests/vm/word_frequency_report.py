# A word-frequency report combining re, Counter, textwrap and json output
import re
import json
import textwrap
from collections import Counter

CORPUS = """
Beautiful is better than ugly. Explicit is better than implicit.
Simple is better than complex. Complex is better than complicated.
Flat is better than nested. Sparse is better than dense.
Readability counts. Special cases aren't special enough to break the rules.
Although practicality beats purity. Errors should never pass silently.
Unless explicitly silenced. In the face of ambiguity, refuse the temptation to guess.
"""

STOP = {"is", "than", "the", "to", "of", "in", "should", "aren't"}
words = re.findall(r"[a-z']+", CORPUS.lower())
content = [w for w in words if w not in STOP]
freq = Counter(content)

print(f"{len(words)} words, {len(set(words))} distinct, {len(content)} after stop words")
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"  {word:<12}{n:>3}  {'*' * n}")

sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", CORPUS.strip()) if s.strip()]
print(len(sentences), "sentences; longest:")
longest = max(sentences, key=len)
print(textwrap.indent(textwrap.fill(longest, 40), "    "))
lengths = Counter(len(w) for w in words)
print("length histogram:", sorted(lengths.items()))
pairs = Counter(zip(words, words[1:]))
print("top bigrams:", [" ".join(p) for p, n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:4]])
caps = sorted(set(re.findall(r"\b[A-Z][a-z]+", CORPUS)))
print("capitalized:", caps)
report = {"total": len(words), "top": dict(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]),
          "vowel_start": sum(1 for w in words if w[0] in "aeiou")}
print(json.dumps(report, sort_keys=True))
