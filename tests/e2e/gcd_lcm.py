# Tests Euclid's gcd (iterative and recursive), lcm, extended gcd and coprime counting (Euler phi).
def gcd(a, b):
    while b != 0:
        t = b
        b = a % b
        a = t
    return a

def gcd_rec(a, b):
    if b == 0:
        return a
    return gcd_rec(b, a % b)

def lcm(a, b):
    return a // gcd(a, b) * b

def ext_gcd_x(a, b):
    old_r = a
    r = b
    old_s = 1
    s = 0
    while r != 0:
        q = old_r // r
        tmp = r
        r = old_r - q * r
        old_r = tmp
        tmp = s
        s = old_s - q * s
        old_s = tmp
    return old_s

def phi(n):
    count = 0
    for k in range(1, n + 1):
        if gcd(n, k) == 1:
            count += 1
    return count

pairs_a = 48
pairs_b = 18
print(gcd(48, 18), gcd_rec(48, 18), lcm(48, 18))
print(gcd(0, 5), gcd(5, 0), gcd(0, 0), gcd(17, 13), gcd(1071, 462))
print(gcd(2 ** 40, 6 ** 20), gcd(123456789, 987654321), lcm(123456, 7890))
print(gcd(-12, 18), gcd(12, -18), gcd_rec(-12, -18))
for a in range(10, 100, 13):
    b = a * 7 % 31 + 1
    x = ext_gcd_x(a, b)
    g = gcd(a, b)
    y = (g - a * x) // b
    print(a, b, "gcd", g, "lcm", lcm(a, b), "x", x, "y", y, "check", a * x + b * y == g)
l = 1
for k in range(1, 21):
    l = lcm(l, k)
print("lcm 1..20 =", l)
for n in range(1, 13):
    print("phi", n, phi(n))
def modinv(a, m):
    x = ext_gcd_x(a, m) % m
    return x

print(modinv(3, 11), modinv(10, 17), modinv(7, 1000000007), 7 * modinv(7, 1000000007) % 1000000007)
