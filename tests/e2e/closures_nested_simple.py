def outer(x):
    def inner(y):
        return x + y
    return inner(1)
print(outer(2))
