# Exercises re.sub/subn with templates, findall/finditer/split on compiled patterns held in native variables and lists, in native loops.
import re

num_re = re.compile(r"\d+")
word_re = re.compile(r"[A-Za-z]+")
pair_re = re.compile(r"(\w)=(\w+)")
text = "x=12 y=7 name=bob z=300 hello world 42"
doubled = text
for m in num_re.finditer(text):
    doubled = doubled.replace(m.group(), str(int(m.group()) * 2), 1)
print(doubled)
named = [("num", num_re), ("pair", pair_re), ("word", word_re)]
for key, pat in named:
    found = pat.findall(text)
    print(key, len(found), [f for f in found][:4], pat.pattern)
total = 0
for m in num_re.finditer(text):
    total += int(m.group())
    print("  at", m.start(), "value", m.group())
print("total:", total)
parts = re.split(r"\s+", text)
print([p for i, p in enumerate(parts) if i % 2 == 0])
print(pair_re.sub(r"\2:\1", text))
print(re.subn(r"o", "0", "foo boo zoo"))
counts = {}
for w in word_re.findall(text.upper()):
    counts[w] = counts.get(w, 0) + len(w)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(re.escape("a.b*c"), re.sub(r"(?i)HELLO", "bye", text), num_re.sub("#", text, count=2))
