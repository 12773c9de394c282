# Exercises output computed with json/re/itertools followed by sys.exit with a non-zero code.
import sys
import json
import re
import itertools

records = json.loads('[["x", 3], ["y", 5], ["z", 8]]')
total = 0
for name, val in records:
    total += val
    print(name, val, total)
nums = [int(n) for n in re.findall(r"\d+", "a1b22c333")]
print(nums, sum(nums))
for a, b in itertools.pairwise(nums):
    print(a, "->", b, b // a)
for i, r in enumerate(records):
    print(i, r[0] * r[1], "-".join(str(r[0]) for _ in range(r[1] % 4)))
failures = len([r for r in records if r[1] % 2 == 1])
print("odd records:", failures)
sys.exit(failures + 1)
print("unreachable")
