row = [1, 2, 3]
print(*row)
print(*row, sep=", ")
print("values:", *row, end="!\n")
print(*"abc", sep="-")
print(*[], "x")
grid = [[1, 2], [3, 4]]
for r in grid:
    print(*r)
print(*(x * x for x in range(4)))
print(*row, sep=None)
