"""Generators consumed by CPython."""


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def words(text):
    for word in text.split():
        yield word.upper()


def pairs(n):
    for i in range(n):
        yield (i, i * i)


def failing(n):
    yield n
    raise ValueError("stopped at " + str(n))


def chunks(values, size):
    for start in range(0, len(values), size):
        yield values[start:start + size]


print(list(countdown(3)), list(words("a b")), list(pairs(2)))
for x in failing(1):
    print(x)
    break
print(list(chunks([1, 2, 3], 2)))


def with_result(n):
    for i in range(n):
        yield i
    return n * 10
