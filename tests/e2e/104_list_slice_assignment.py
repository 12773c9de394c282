# Tests slice assignment: replacing, growing, shrinking, inserting via empty slice, and extended-slice assignment.
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
xs[2:5] = [20, 30, 40]
print(xs)
xs[2:5] = [7]
print(xs, len(xs))
xs[1:1] = [100, 101, 102]
print(xs)
xs[:2] = []
print(xs)
xs[-2:] = [-1, -2, -3, -4]
print(xs, len(xs))
xs[::2] = [0] * len(xs[::2])
print(xs)
ys = list(range(8))
ys[1::3] = [11, 44, 77]
print(ys)
ys[::-1] = list(range(8))
print(ys)
ys[:] = [5, 6]
print(ys)
ys[len(ys):] = [7, 8, 9]
print(ys)
words = ["a", "b", "c", "d", "e"]
words[1:4] = ["x", "y"]
print(words)
words[0:0] = ["start"]
words[len(words):] = ["end"]
print(words)
grid = [[0] * 4 for _ in range(3)]
grid[1][1:3] = [5, 5]
grid[2][:] = [9, 9, 9, 9]
print(grid)
def replace_run(values, old, new_values):
    i = 0
    while i < len(values):
        if values[i] == old:
            j = i
            while j < len(values) and values[j] == old:
                j += 1
            values[i:j] = new_values
            i += len(new_values)
        else:
            i += 1
    return values
print(replace_run([1, 2, 2, 2, 3, 2, 4], 2, [0]))
print(replace_run([5, 5, 1, 5], 5, [6, 6, 6]))
letters = list("hello world")
letters[0:5] = list("HOWDY")
print("".join(letters))
