"""Generator pipelines: primes from an incremental sieve, a running window
over a generated series, and a recursive tree walk with `yield from`, the
way people chain generators in data-processing code."""


def numbers_from(start):
    n = start
    while True:
        yield n
        n += 1


def primes():
    # The incremental sieve: each composite maps to the primes that hit it.
    composites = {}
    for candidate in numbers_from(2):
        factors = composites.pop(candidate, [])
        if not factors:
            yield candidate
            composites[candidate * candidate] = [candidate]
        else:
            for factor in factors:
                composites.setdefault(candidate + factor, []).append(factor)


def take(count, iterable):
    for item in iterable:
        if count <= 0:
            return
        count -= 1
        yield item


def windows(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield sum(window)


def collatz_lengths(limit):
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        yield steps


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


def build(depth, value):
    if depth == 0:
        return Node(value, [])
    return Node(value, [build(depth - 1, value * 3 + i) for i in range(3)])


prime_list = list(take(30000, primes()))
print(len(prime_list), prime_list[-1], sum(prime_list) % 1000003)
print(max(windows(collatz_lengths(300000), 16)))
tree = build(9, 1)
print(sum(value % 7 for value in tree.walk()), sum(1 for _ in tree.walk()))
