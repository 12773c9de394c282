# `a[i:j] = b[k:l:m]` over many bounds, steps and list pairs (the same list
# included): Taipan copies same-sized short slices inline and hands the rest
# to the runtime; both must agree with CPython.


def flips(n):
    perm = list(range(n))
    total = 0
    for k in range(n):
        perm[:k + 1] = perm[k::-1]
        total = total * 31 + perm[0]
    return perm, total % 1000003


def mix(checksum, values):
    for value in values:
        checksum = (checksum * 131 + value + 7) % 1000000007
    return checksum


def combos():
    bounds = [0, 1, 3, -1, -4, 7, 50, -50]
    steps = [1, 2, -1, -2, 3]
    checksum = 0
    shown = 0
    for start in bounds:
        for step in steps:
            for stop in bounds:
                target = list(range(10))
                source = [x * 10 for x in range(12)]
                target[2:5] = source[start:stop:step]
                alias = list(range(8))
                alias[start:stop] = alias[1:6:2]
                same = list(range(9))
                same[1:4] = same[start:stop:step]
                checksum = mix(checksum, target + alias + same)
                if shown < 6 and step == -1:
                    print(start, stop, target, alias, same)
                    shown += 1
            # Omitted bounds, each alone and together.
            first = list(range(10))
            first[3:6] = first[start::step]
            second = list(range(10))
            second[:4] = second[:start:step]
            third = list(range(10))
            third[start:] = third[::step]
            fourth = list(range(6))
            fourth[:] = fourth[start:]
            checksum = mix(checksum, first + second + third + fourth)
    print(checksum)


def long_copies():
    big = list(range(100))
    big[10:60] = big[59:9:-1]
    print(big[:15], big[55:65])
    words = ["w" + str(i) for i in range(40)]
    words[:35] = words[34::-1]
    print(words[:5], words[30:40])
    floats = [i / 2 for i in range(12)]
    floats[::] = floats[::-1]
    print(floats)


print(flips(9))
combos()
long_copies()
extended = list(range(10))
extended[::2] = extended[1:4]
