# Tests negative indexing on lists, tuples and strings, including assignment through negative indices.
xs = [10, 20, 30, 40, 50]
for i in range(-1, -6, -1):
    print(i, xs[i], xs[len(xs) + i])
xs[-1] += 5
xs[-5] -= 1
print(xs)
t = (1.5, 2.5, 3.5)
print(t[-1], t[-2], t[-3])
s = "héllo wörld"
print(s[-1], s[-5], s[-11], s[1])
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[-1][-1], grid[-2][0], grid[0][-2])
grid[-1][-1] = 90
print(grid)
names = ["ann", "bob", "cy", "dee"]
last = names[-1]
second_last = names[-2]
print(last, second_last, names[-len(names)])
def last_n(values, n):
    out = []
    k = n
    while k > 0:
        out.append(values[-k])
        k -= 1
    return out
print(last_n([1, 2, 3, 4, 5, 6], 3))
print(last_n([9, 8], 2))
def rotate_left(values, k):
    n = len(values)
    return [values[(i + k) % n] for i in range(n)]
print(rotate_left([1, 2, 3, 4, 5], 2))
print(rotate_left([1, 2, 3, 4, 5], -1))
word = "racecar"
ok = True
for i in range(len(word) // 2):
    if word[i] != word[-1 - i]:
        ok = False
print(word, "palindrome:", ok)
word2 = "python"
pairs = []
for i in range(len(word2)):
    pairs.append((word2[i], word2[-1 - i]))
print(pairs)
