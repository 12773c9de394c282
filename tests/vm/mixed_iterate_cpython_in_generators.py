# Exercises native generators and comprehensions iterating over CPython iterators (finditer, itertools, dict views, deque) with unpacking.
import re
import itertools
from collections import deque, Counter

def tokens(text):
    for m in re.finditer(r"(?P<kind>\d+|[a-z]+|\S)", text):
        kind = "num" if m.group().isdigit() else ("word" if m.group().isalpha() else "sym")
        yield kind, m.group(), m.start()

src = "let x1 = 42 + y * 7;"
for kind, val, pos in tokens(src):
    print(f"{pos:2d} {kind:<4} {val}")
kinds = Counter([k for k, _, _ in tokens(src)])
print(sorted(kinds.items()))
def windows(seq, n):
    buf = deque(maxlen=n)
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
print(list(windows(itertools.islice(itertools.count(1), 6), 3)))
squares = {n: n * n for n in itertools.islice(itertools.count(2, 3), 5)}
print(squares)
print([a * b for a, b in zip(itertools.repeat(3), range(4))])
print(any(m.group() == "42" for m in re.finditer(r"\d+", src)), all(len(t) == 2 for t in itertools.combinations("abcd", 2)))
flat = [x for pair in itertools.product("ab", "12") for x in pair]
print(flat)
g = (w.upper() for w in re.findall(r"[a-z]+", src))
first = next(g)
print(first, list(g))
head, *rest = [v for v in itertools.accumulate(range(1, 6))]
print(head, rest)
print(max(itertools.chain([3], deque([9, 1]))), sum(Counter("aabc").values()))
