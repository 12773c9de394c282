# Tests sorted, min and max with key= and default=, on lists, strs, dicts, tuples, and ties (first wins).
nums = [4, -9, 2, 7, -3, 7]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda v: -v))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs))
print(max(3, 9, 1), min(3, 9, 1), max(2.5, 1.5), min("pear", "apple"))
words = ["kiwi", "fig", "banana", "apple", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: w.count("a")))
empty = [v for v in nums if v > 100]
print(min(empty, default=0), max(empty, default=-1), max(nums, default=0))
print(min([], default=99), max((), default=-99))
print(min(words, key=len, default="none"), min([w for w in words if len(w) > 10], key=len, default="none"))
ages = {"ann": 31, "bob": 25, "cy": 40}
oldest = max(ages, key=lambda k: ages[k])
youngest = min(ages.items(), key=lambda kv: kv[1])
print(oldest, youngest, sorted(ages, key=lambda k: ages[k]))
print(max(ages.values()), sorted(ages.items(), key=lambda kv: kv[1], reverse=True))
points = [(3, 4), (-1, 1), (0, 5), (2, -2)]
closest = min(points, key=lambda p: p[0] * p[0] + p[1] * p[1])
farthest = max(points, key=lambda p: p[0] * p[0] + p[1] * p[1])
print(closest, farthest, sorted(points), sorted(points, key=lambda p: p[1]))
print(max("hello"), min("hello"), sorted("hello"), sorted("hello", reverse=True))
floats = [2.5, -0.5, 3.25, 0.0]
print(sorted(floats), max(floats), min(floats, key=lambda f: abs(f - 1.0)))
ties = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(max(ties, key=lambda t: t[0]), min(ties, key=lambda t: t[0]))
print(sorted(ties, key=lambda t: t[0]))
sorted_copy = sorted(nums)
print(nums, sorted_copy, sorted(range(5), reverse=True), sorted((3, 1, 2)))
print(sorted({5, 1, 3}), sorted({"b": 1, "a": 2}))
