# Tests an uncaught ValueError from list.index on a missing element; expect "ValueError: 7 is not in list", exit 1.
nums = [4, 8, 15, 16, 23, 42]
for target in [15, 4, 42]:
    print(target, "found at", nums.index(target))
nums.sort(reverse=True)
print(nums, nums.index(16), nums.index(4, 2))
words = ["alpha", "beta", "gamma"]
print(words.index("beta"), words.index("gamma", 1))
def safe_index(xs, x):
    if x in xs:
        return xs.index(x)
    return -1
print([safe_index(nums, t) for t in [8, 7, 42]])
targets = [23, 8, 7, 16]
positions = []
for t in targets:
    print("searching for", t)
    positions.append(nums.index(t))
    print("positions so far", positions)
print("unreachable", positions)
