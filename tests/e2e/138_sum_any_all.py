# Tests sum (ints, floats, with start), any and all over lists, generators and empty iterables.
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(nums), sum(nums, 100), sum([]), sum(range(101)), sum(nums[2:5]))
floats = [0.1, 0.2, 0.3]
print(sum(floats), sum(floats, 1.0), sum([0.5] * 4))
print(sum(x * x for x in nums), sum(x for x in nums if x % 2 == 0))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(sum(len(r) for r in nested), sum(sum(r) for r in nested))
print(sum(nested, []))
print(any(nums), all(nums), any([]), all([]), any([0, 0]), all([1, 0]))
print(any(x > 8 for x in nums), all(x > 0 for x in nums), all(x < 9 for x in nums))
words = ["apple", "Banana", "cherry"]
print(any(w[0].isupper() for w in words), all(w.islower() for w in words), any("rr" in w for w in words))
print(all(len(w) >= 5 for w in words), any(w.startswith("z") for w in words))
def is_prime(n):
    if n < 2:
        return False
    return all(n % d != 0 for d in range(2, n))
print([n for n in range(30) if is_prime(n)])
def sorted_check(values):
    return all(values[i] <= values[i + 1] for i in range(len(values) - 1))
print(sorted_check([1, 2, 2, 5]), sorted_check([3, 1]), sorted_check([]))
grid = [[1, 0, 1], [1, 1, 1], [0, 0, 0]]
print([all(row) for row in grid], [any(row) for row in grid])
print(any(all(row) for row in grid), all(any(row) for row in grid))
strs = ["", "x", ""]
print(any(strs), all(strs), sum(len(s) for s in strs))
balances = {"a": 10.5, "b": -3.25, "c": 0.75}
print(sum(balances.values()), any(v < 0 for v in balances.values()), all(k.isalpha() for k in balances))
total = 0
for i in range(1, 11):
    total += i
    print(i, total, sum(range(i + 1)) == total)
print(sum([[1], [2, 3]], [0]), sum((1, 2, 3)), sum({4, 5}))
