# Explores Collatz sequences: the longest chain below a bound, with helpers,
# globals and string formatting by hand, as a small script would.
longest_seen = 0


def chain_length(start):
    steps = 1
    n = start
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def record(start, length):
    global longest_seen
    if length > longest_seen:
        longest_seen = length
        print("new record:", str(start).rjust(7), "takes", length, "steps")


def bar(length, scale=10):
    return "#" * (length // scale)


def main():
    best_start = 1
    best_length = 1
    total = 0
    for start in range(1, 100000):
        length = chain_length(start)
        total += length
        record(start, length)
        if length > best_length:
            best_start, best_length = start, length
    print("longest chain below 100000 starts at", best_start, "with", best_length, "steps")
    print("average length:", round(total / 99999, 4))
    print("27".rjust(4), bar(chain_length(27)))
    print("871".rjust(4), bar(chain_length(871), scale=5))


if __name__ == "__main__":
    main()
