# Tests generator expressions consumed by sum, any, all, min, max, sorted, list, tuple, set, dict and str.join.
nums = [7, 2, 9, 4, 11, 6, 3]
print(sum(n for n in nums), sum(n * n for n in nums if n % 2))
print(any(n > 10 for n in nums), all(n > 1 for n in nums), any(n < 0 for n in nums))
print(min(n for n in nums if n > 5), max(n % 5 for n in nums))
print(min((n for n in nums if n > 100), default=-1), max((len(str(n)) for n in nums), default=0))
print(sorted(n % 4 for n in nums), sorted((n for n in nums), reverse=True))
print(list(n // 2 for n in nums), tuple(n for n in nums if n < 5))
print(set(n % 3 for n in nums), dict((n, n % 3) for n in nums[:4]))
words = ["gen", "exp", "ressions", "rock"]
print(" ".join(w.capitalize() for w in words), "".join(w[0] for w in words))
print(",".join(str(len(w)) for w in words), "-".join(w for w in words if "e" in w))
print(sum(len(w) for w in words), max(words, key=lambda w: len(w)))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix))
print(sum(matrix[i][i] for i in range(3)), list(sum(row[j] for row in matrix) for j in range(3)))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
print(sum(1 for ch in "hello world" if ch in "aeiou"))
print(sum(0.5 for _ in range(7)), sum(i / 10 for i in range(5)))
def mean(values):
    return sum(v for v in values) / len(values)
print(mean([1.0, 2.0, 4.0]), mean([3.5]))
first_big = next_big = -1
for n in (n for n in nums if n > 8):
    if first_big == -1:
        first_big = n
    next_big = n
print(first_big, next_big)
text = "the rain in spain"
print(sorted(set(w for w in text.split() if "ain" in w)))
print("".join(ch.upper() if i % 2 == 0 else ch for i, ch in enumerate(text)))
print(tuple(sorted((len(w), w) for w in text.split())))
print(all(isinstance(n, int) for n in nums), sum(abs(a - b) for a, b in zip(nums, nums[1:])))
