import containers

big = [float(i % 1000) for i in range(1000000)]
print(containers.total(big))
data = [1.0, 2.0, 5.0]
alias = data
print(containers.normalise(data), data, alias is data)
numbers = [7]
result = containers.append_squares(numbers, 4)
print(result, numbers, result is numbers)
print(containers.word_counts(["x", "y", "x", "z"]))
counts = {"a": 1}
print(containers.bump(counts, "b"), counts)
try:
    containers.bump(counts, "boom")
except KeyError as error:
    print("KeyError", error, counts)
evens = {1, 2, 3, 4, 10}
print(containers.drop_evens(evens), evens)
row = [1]
grid = [row, [2, 3], row]
first = containers.grow_rows(grid)
print(grid, first is row, grid[0] is grid[2], row)
a, b = [1], [2, 3]
print(containers.merge_into(a, b), a, b)
same = [4]
print(containers.merge_into(same, same) if False else "skip")
print(containers.pairs_total([(1, 2), (3, 4), (5, 6)]))
print(containers.frozen_size(frozenset({1, 2, 3})))
names = ["pear", "apple", "fig"]
print(containers.sort_names(names), names)
try:
    containers.total([1.0, "x"])
except TypeError:
    print("TypeError for a str among floats")
