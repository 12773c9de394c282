# Exercises equality and ordering between mixed values, sorting a list of
# ints and floats, and max/min over mixed numbers.

print(1 == 1.0, True == 1, False == 0, "a" == 1, None == 0, "1" == 1)
print(1 != 1.0, "a" != 1, None != False, [1] == [1.0], (1, "a") == (1.0, "a"))
print(2 < 2.5, 3.0 <= 3, True < 2, -1.5 > -2, False < True)
print(None is None, 0 == False, 0.0 == False)

nums = [3, 1.5, -2, 7.25, 0, True, 4, 2.0]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(max(nums), min(nums))
print(max(3, 3.0), max(3.0, 3), min(1, True), min(True, 1))

nums.sort()
print(nums)

words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), max(words), min(words))

pairs = [(2, "b"), (1.0, "z"), (1, "a"), (2.5, "c")]
print(sorted(pairs))


def compare(a, b):
    if a == b:
        return "equal"
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return "less" if a < b else "greater"
    return "incomparable"


tests = [(1, 1.0), (True, 1), (2, 3.5), (9.0, 4), ("a", 1), (None, 0), ("x", "x")]
for a, b in tests:
    print(repr(a), repr(b), compare(a, b))

mixed = [5, "five", 5.0, None]
print([v == 5 for v in mixed])
