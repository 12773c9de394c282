# Tests number theory: sieve, prime factorization into dicts, divisor functions, totient, perfect numbers, gcd/lcm.
import math

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i in range(n + 1) if is_p[i]]

PRIMES = sieve(1000)
print(len(PRIMES), PRIMES[:12], PRIMES[-3:])

def factorize(n):
    f = {}
    for p in PRIMES:
        if p * p > n:
            break
        while n % p == 0:
            f[p] = f.get(p, 0) + 1
            n //= p
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f

def fmt(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))

for n in [2, 12, 97, 360, 1001, 65536, 999999, 123456789]:
    f = factorize(n)
    ndiv = 1
    sdiv = 1
    phi = n
    for p in f:
        e = f[p]
        ndiv *= e + 1
        sdiv *= (p ** (e + 1) - 1) // (p - 1)
        phi = phi // p * (p - 1)
    print(f"{n:>10} = {fmt(f):<22} d={ndiv:<4} sigma={sdiv:<10} phi={phi}")

perfect = [n for n in range(2, 2000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect:", perfect)
twins = [(p, q) for p, q in zip(PRIMES, PRIMES[1:]) if q - p == 2]
print(len(twins), "twin pairs, last", twins[-1])
gaps = {}
for p, q in zip(PRIMES, PRIMES[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items()))
a, b = 462, 1071
print(math.gcd(a, b), a * b // math.gcd(a, b))
l = 1
for k in range(1, 21):
    l = l * k // math.gcd(l, k)
print("lcm(1..20) =", l)
prime_set = set(PRIMES)
goldbach = {n: min(p for p in PRIMES if p < n and (n - p) in prime_set) for n in range(4, 40, 2)}
print(goldbach)
