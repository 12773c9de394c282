def gen(n):
    for i in range(n):
        yield i * 3

first, *rest = gen(4)
print(first, rest)
