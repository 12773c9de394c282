# Tests basic list creation, indexing, len, membership, append and printing of list reprs.
nums = [5, 3, 8, 1, 9, 2]
print(nums)
print(len(nums), nums[0], nums[-1], nums[2], nums[-3])
print(8 in nums, 7 in nums, 7 not in nums)
nums.append(7)
print(nums, len(nums))
nums[1] = 30
nums[-1] = 70
print(nums)
total = 0
for n in nums:
    total += n
print("total", total)
biggest = nums[0]
for n in nums:
    if n > biggest:
        biggest = n
print("biggest", biggest)
words = ["apple", "banana", "cherry"]
print(words, len(words), words[1], words[-1])
words.append("date")
words[0] = "apricot"
print(words)
for w in words:
    print(w, len(w), w[0], w[-1])
flags = [True, False, True]
print(flags, flags[1], not flags[1])
floats = [1.5, 2.25, -0.5, 3.0]
print(floats, floats[-2])
nested = [[1, 2], [3], []]
print(nested, len(nested), nested[0][1], nested[-1])
nested[1].append(4)
nested[2].append(5)
print(nested)
squares = []
i = 0
while i < 8:
    squares.append(i * i)
    i += 1
print(squares)
print(squares[3] + squares[4], squares[-1] - squares[-2])
idx = 0
for n in squares:
    if n > 20:
        print("first square over 20 at", idx, "value", n)
        break
    idx += 1
else:
    print("none over 20")
empty = []
empty.append(1)
print(empty, len(empty))
print([] == [], [1, 2] == [1, 2], [1, 2] != [2, 1])
print(str(nums), repr(words))
