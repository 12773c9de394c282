# Lists CPython keeps (lazy iterators, deques) stay in step with the native
# list on both sides.
import itertools
import collections
data = [1, 2, 3]
acc = itertools.accumulate(data)
data.append(10)
print(list(acc))
words = ["a", "b"]
cyc = itertools.cycle(words)
print(next(cyc), next(cyc))
d = collections.deque(words)
words.append("c")
print(list(d))
it = iter(data)
print(next(it))
data[1] = 99
print(list(it))
q = collections.deque([], 2)
nums = [4, 5]
ch = itertools.chain(nums, nums)
nums.pop()
print(list(ch), nums)
