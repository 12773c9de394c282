# A sieve of Eratosthenes with a list of bools, repeated.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for multiple in range(i * i, limit + 1, i):
                is_prime[multiple] = False
        i += 1
    return is_prime


def main():
    total = 0
    last = 0
    for _ in range(10):
        flags = sieve(2000000)
        count = 0
        for n in range(len(flags)):
            if flags[n]:
                count += 1
                last = n
        total += count
    print(total, last)


main()
