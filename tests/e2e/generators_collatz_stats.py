def collatz(n):
    while n != 1:
        yield n
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
    yield 1


def lengths(limit):
    for start in range(1, limit + 1):
        yield (start, sum(1 for _ in collatz(start)))


def running_max(pairs):
    best = 0
    for start, length in pairs:
        if length > best:
            best = length
            yield (start, length)


print(list(collatz(6)))
print(list(collatz(1)))
print("peak of 27:", max(collatz(27)))
print("steps of 27:", len(list(collatz(27))) - 1)
for start, length in running_max(lengths(100)):
    print("new record:", start, length)
longest = max(lengths(1000), key=lambda p: p[1])
print("longest under 1000:", longest)
hist = {}
for _, length in lengths(30):
    bucket = length // 10 * 10
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(str(b).rjust(3) + "-" + str(b + 9).ljust(3), "#" * hist[b])
evens = sum(1 for x in collatz(97) if x % 2 == 0)
odds = sum(1 for x in collatz(97) if x % 2 == 1)
print("97: evens", evens, "odds", odds)
