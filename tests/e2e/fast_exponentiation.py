# Tests binary (square-and-multiply) exponentiation, modular exponentiation vs 3-arg pow, and float powers.
def fast_pow(base, exp):
    result = 1
    while exp > 0:
        if exp & 1:
            result *= base
        exp >>= 1
        if exp > 0:
            base *= base
    return result

def fast_pow_rec(base, exp):
    if exp == 0:
        return 1
    half = fast_pow_rec(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base

def mod_pow(base, exp, m):
    result = 1 % m
    base = base % m
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % m
        base = base * base % m
        exp //= 2
    return result

def float_pow(x, n):
    r = 1.0
    while n > 0:
        if n % 2 == 1:
            r *= x
        x *= x
        n //= 2
    return r

for e in range(0, 13):
    print(e, fast_pow(3, e), fast_pow_rec(3, e), 3 ** e, fast_pow(-2, e), fast_pow_rec(-2, e))
print(fast_pow(2, 62), fast_pow_rec(2, 62), fast_pow(10, 18), fast_pow(7, 22))
M = 1000000007
for e in range(0, 100, 17):
    print("mod", e, mod_pow(2, e, M), pow(2, e, M), mod_pow(123456789, e, M), pow(123456789, e, M))
print(mod_pow(3, 1000000, M), pow(3, 1000000, M), mod_pow(5, 0, 1), pow(5, 0, 1))
print(mod_pow(-3, 5, 7), pow(-3, 5, 7), mod_pow(2, 10, 1000), pow(2, 10, 1000))
p = 1000003
print("fermat", mod_pow(12345, p - 1, p), pow(12345, p - 1, p))
print(float_pow(1.5, 10), 1.5 ** 10, float_pow(0.5, 20), 0.5 ** 20, float_pow(1.0001, 10000))
print(float_pow(2.0, 1023), float_pow(2.0, 1024), float_pow(10.0, 22), 10.0 ** 22)
print(fast_pow(1, 1000), fast_pow(0, 0), fast_pow(0, 5), fast_pow_rec(-1, 999))
