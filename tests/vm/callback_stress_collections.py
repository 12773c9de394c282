# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import functools
import re
import json

data = json.loads(json.dumps(list(range(100000))))
total = functools.reduce(lambda a, b: a + (b % 7), data)
print(total)
s = sorted(data, key=lambda x: (x * 7919) % 100003)
print(s[:5], s[-5:])
hits = []
text = "ab" * 50000
out = re.sub("a", lambda m: "A" if m.start() % 1000 == 0 else "a", text)
print(out.count("A"), len(out))
cnt = 0
def incr(m):
    global cnt
    cnt += 1
    return str(cnt % 10)
print(re.sub("b", incr, text)[:20], cnt)
def mk(i):
    return lambda x: x + i
fs = [mk(i) for i in range(2000)]
acc = 0
for f in fs:
    acc = functools.reduce(lambda a, b: f(a) + b, json.loads('[1,2,3]'), acc)
print(acc)
