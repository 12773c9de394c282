# Tests reading slices with start/stop/step (positive, negative, omitted, out of range) on lists, tuples and strs.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-3])
print(xs[::2], xs[1::2], xs[::-1], xs[::-3], xs[8:2:-2])
print(xs[5:100], xs[100:], xs[-100:2], xs[3:3], xs[6:2])
print(xs[-2:-8:-1], xs[1:9:3], xs[9:0:-4])
t = (1, 2, 3, 4, 5, 6)
print(t[1:4], t[::-1], t[::2], t[4:1:-1], t[10:])
s = "abcdefghij"
print(s[2:5], s[::-1], s[::3], s[-4:], s[:-4], s[1:8:2])
u = "日本語テキスト"
print(u[1:3], u[::-1], u[::2])
copy = xs[:]
copy[0] = 99
print(xs[0], copy[0], copy is xs)
for step in [1, 2, 3, -1, -2]:
    print("step", step, xs[::step])
for start in range(-3, 4, 2):
    print("start", start, xs[start:], s[start:])
def chunks(values, size):
    out = []
    i = 0
    while i < len(values):
        out.append(values[i:i + size])
        i += size
    return out
print(chunks([1, 2, 3, 4, 5, 6, 7], 3))
print(chunks([1, 2, 3, 4], 2))
words = ["a", "bb", "ccc", "dddd", "eeeee"]
print(words[1:-1], words[::-2])
halves = (words[:len(words) // 2], words[len(words) // 2:])
print(halves)
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([row[1:3] for row in grid])
print(grid[1:][0][::-1])
