# Lists of bools, which Taipan stores a byte per item: every list operation
# must behave exactly as on CPython's list of bools.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            for multiple in range(i * i, limit + 1, i):
                flags[multiple] = False
    return flags


def main():
    flags = sieve(60)
    print([n for n, is_prime in enumerate(flags) if is_prime])
    print(sum(flags), any(flags), all(flags), flags.count(True), flags.index(True))
    small = [True, False, True]
    print(small, repr(small), str(small), len(small))
    small.append(False)
    small.insert(0, False)
    small.insert(-1, True)
    small.extend([True, True])
    small += [False]
    print(small)
    print(small.pop(), small.pop(0), small)
    small.remove(True)
    print(small, False in small, True in small)
    small.reverse()
    print(small)
    small.sort()
    print(small)
    small.sort(reverse=True)
    print(small, sorted(small), sorted(small, key=lambda b: not b))
    print(small[1:4], small[::-1], small[::2], small[-2:])
    small[1:3] = [False, False, False, False]
    print(small)
    small[::2] = [True] * len(small[::2])
    print(small)
    del small[1:3]
    del small[::2]
    print(small)
    copy = small.copy()
    copy[0] = not copy[0]
    print(small, copy, small == copy, small != copy, small < copy, copy <= small)
    print(small + copy, copy * 3, 2 * [False])
    nested = [[True, False], [False], []]
    nested[1].append(True)
    print(nested, [len(row) for row in nested], max(nested), min(nested))
    grid = [[False] * 3 for _ in range(3)]
    for i in range(3):
        grid[i][i] = True
    print(grid)
    as_tuple = tuple(flags[:8])
    print(as_tuple, hash(as_tuple) == hash(tuple(flags[:8])), as_tuple[2])
    print(set(flags), list(reversed(small)), list(map(lambda b: not b, small)))
    total = 0
    for index, flag in enumerate(flags):
        if flag:
            total += index
    print(total)
    parity = [n % 2 == 0 for n in range(10)]
    print(parity, parity.index(False, 2), [not p for p in parity][3:7])
    a, b, *rest = parity
    print(a, b, rest)
    first, second = [True, False]
    print(first, second)
    empty = []
    empty.append(True)
    empty *= 3
    print(empty, empty.count(False))
    empty.clear()
    print(empty, len(empty))
    big = [False] * 100
    big[37] = True
    big[-1] = True
    print(big.index(True), big[99], sum(big), big[30:40])
    big[10:20] = big[37:27:-1]
    print(big[10:20])
    print([True, False, True][5:], [True] * 0, [False] * -2)
    grown = []
    for n in range(1000):
        grown.append(n % 3 == 0)
    print(sum(grown), grown[999], grown[-2], len(grown))
    print(flags[70])


main()
