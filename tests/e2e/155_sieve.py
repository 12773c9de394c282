# Tests the sieve of Eratosthenes with a list of bools, prime counting, twin primes, gaps and factorization via spf table.
LIMIT = 200
is_prime = [True] * (LIMIT + 1)
is_prime[0] = False
is_prime[1] = False
p = 2
while p * p <= LIMIT:
    if is_prime[p]:
        for multiple in range(p * p, LIMIT + 1, p):
            is_prime[multiple] = False
    p += 1
primes = [i for i, flag in enumerate(is_prime) if flag]
print(primes)
print(len(primes), sum(primes), primes[-1], primes[:10])
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(twins)
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
counts = [0] * 5
for q in primes:
    counts[q % 5] += 1
print(counts)
spf = list(range(LIMIT + 1))
for i in range(2, LIMIT + 1):
    if spf[i] == i:
        for j in range(i * i, LIMIT + 1, i):
            if spf[j] == j:
                spf[j] = i
def factor(n):
    out = []
    while n > 1:
        out.append(spf[n])
        n //= spf[n]
    return out
for n in [12, 97, 128, 150, 199, 200]:
    print(n, factor(n))
segment = [True] * 20
base = 1000
for q in primes:
    start = max(q * q, (base + q - 1) // q * q)
    for m in range(start, base + 20, q):
        segment[m - base] = False
print([base + i for i in range(20) if segment[i]])
goldbach = {}
prime_set = set(primes)
for even in range(4, 41, 2):
    for q in primes:
        if even - q in prime_set:
            goldbach[even] = (q, even - q)
            break
print(goldbach)
