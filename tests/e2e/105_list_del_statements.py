# Tests del on list items, slices and extended slices, and del of dict keys.
xs = list(range(12))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[3]
print(xs, len(xs))
del xs[2:5]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs, len(xs))
ys = [10, 20, 30, 40, 50, 60, 70]
del ys[-3:]
print(ys)
del ys[1:100]
print(ys)
zs = list(range(20))
del zs[::-3]
print(zs)
del zs[5:5]
print(zs, len(zs))
ages = {"ann": 31, "bob": 25, "cy": 40, "dee": 19}
del ages["bob"]
print(ages)
for name in ["cy", "ann"]:
    del ages[name]
    print("deleted", name, ages)
pts = {(0, 0): 1, (1, 2): 5, (3, 4): 7}
del pts[(1, 2)]
print(pts)
def remove_evens(values):
    i = 0
    while i < len(values):
        if values[i] % 2 == 0:
            del values[i]
        else:
            i += 1
    return values
print(remove_evens([1, 2, 4, 5, 6, 7, 9, 10]))
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
del grid[1]
print(grid)
for row in grid:
    del row[0]
print(grid)
names = ["a", "b", "c", "d", "e", "f"]
while len(names) > 2:
    del names[len(names) // 2]
    print(names)
