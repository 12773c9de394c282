x, y = iter([1, 2])
print(x, y)
