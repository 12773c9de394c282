# Tests integer square root by Newton's method and bisection, compared with float sqrt via ** 0.5.
def isqrt_newton(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def isqrt_bisect(n):
    lo = 0
    hi = n + 1 if n < 3037000499 else 3037000500
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

def sqrt_newton_float(v):
    if v == 0.0:
        return 0.0
    x = v
    for i in range(60):
        x = 0.5 * (x + v / x)
    return x

for n in range(0, 30):
    a = isqrt_newton(n)
    print(n, a, isqrt_bisect(n), int(n ** 0.5), a * a <= n < (a + 1) * (a + 1))
big = 10 ** 18
print(isqrt_newton(big), isqrt_bisect(big), isqrt_newton(big - 1))
print(isqrt_newton(2 ** 62), isqrt_newton(9223372036854775807 // 2), isqrt_newton(999999999999))
perfect = 0
for n in range(1, 10001):
    r = isqrt_newton(n)
    if r * r == n:
        perfect += 1
print("perfect squares up to 10000:", perfect)
print(sqrt_newton_float(2.0), 2 ** 0.5, sqrt_newton_float(2.0) == 2 ** 0.5)
print(sqrt_newton_float(1e10), sqrt_newton_float(0.25), sqrt_newton_float(0.0), sqrt_newton_float(3.0))
print(2.0 ** 0.5, 3 ** 0.5, 1e-10 ** 0.5, 1e300 ** 0.5)
cube = 0
lo = 0
hi = 1000
target = 12167
while lo <= hi:
    mid = (lo + hi) // 2
    if mid * mid * mid == target:
        cube = mid
        break
    elif mid * mid * mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("cube root of", target, "is", cube)
