# Tests prime generation by trial division, prime counting, factorization and twin primes.
def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0:
        return False
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def factorize(n):
    out = ""
    d = 2
    while d * d <= n:
        while n % d == 0:
            if out != "":
                out += " * "
            out += str(d)
            n //= d
        d += 1
    if n > 1:
        if out != "":
            out += " * "
        out += str(n)
    return out

line = ""
for n in range(100):
    if is_prime(n):
        line += str(n) + " "
print(line)
count = 0
last = 0
for n in range(10000):
    if is_prime(n):
        count += 1
        last = n
print("primes below 10000:", count, "largest:", last)
twins = 0
for n in range(3, 2000, 2):
    if is_prime(n) and is_prime(n + 2):
        twins += 1
print("twin prime pairs below 2000:", twins)
for n in range(90, 101):
    print(n, "=", factorize(n))
print(1001, "=", factorize(1001))
print(600851475143, "=", factorize(600851475143))
print(2 ** 31 - 1, is_prime(2 ** 31 - 1), factorize(2 ** 32 + 1))
nth = 0
k = 1
while nth < 500:
    k += 1
    if is_prime(k):
        nth += 1
print("500th prime:", k)
gap = 0
prev = 2
for n in range(3, 5000):
    if is_prime(n):
        if n - prev > gap:
            gap = n - prev
            print("new max gap", gap, "after", prev)
        prev = n
print(is_prime(-7), is_prime(0), is_prime(1), is_prime(2), is_prime(97), is_prime(1000003))
