def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def relay(n):
    message = yield from countdown(n)
    yield len(message)


def pairs(words):
    for index, word in enumerate(words):
        yield index, word


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for item in self.items:
            yield item


print(list(relay(3)))
print(dict(pairs(["a", "b"])))
lengths = (len(w) for w in ["xy", "z"])
print(next(lengths), next(lengths, 0))
print(sorted(Bag([3, 1, 2])))
