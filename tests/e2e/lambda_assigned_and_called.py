square = lambda x: x * x
print(square(3))
