def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    result = []
    for x in it:
        if len(result) >= n:
            break
        result.append(x)
    return result


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        is_prime = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(n)
            yield n


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    for i in range(2, limit + 1):
        if flags[i]:
            yield i
            for j in range(i * i, limit + 1, i):
                flags[j] = False


print("fib:", take(15, fibonacci()))
print("primes:", take(20, primes()))
print("sieve(60):", list(sieve(60)))

even_fibs = (f for f in fibonacci() if f % 2 == 0)
print("even fibs:", [next(even_fibs) for _ in range(8)])

g = primes()
total = 0
while True:
    p = next(g)
    if p > 100:
        break
    total += p
print("sum of primes below 100:", total)
print("twin primes:", [(a, b) for a, b in zip(sieve(100), list(sieve(100))[1:]) if b - a == 2])
big = next(f for f in fibonacci() if f > 1000000)
print("first fib > 1e6:", big)
