# Tests large 64-bit-range integers: products, division and modulo near 2**62/2**63 without exceeding 64 bits.
big = 9223372036854775807
small = -9223372036854775807
print(big, small, big + small, -big, big // 2, big % 10, small // 10, small % 10)
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62, -(2 ** 62) - (2 ** 62))
print(3037000499 * 3037000499, 4294967296 * 2147483647)
print(10 ** 18 // 7, 10 ** 18 % 7, -(10 ** 18) // 7, -(10 ** 18) % 7)
print(big // 1000000007, big % 1000000007, big // -1000000007, big % -1000000007)
a = 123456789012
b = 987654
print(a * b, a * b // b == a, a * b % 1000)
x = 1
for i in range(62):
    x *= 2
print(x, x - 1, x >> 31, x >> 61, x // 3)
fact = 1
for i in range(1, 21):
    fact *= i
    if i % 4 == 0 or i > 18:
        print(i, fact)
print(fact // 3628800, fact % 1000003)
s = 0
for i in range(1, 10001):
    s += i * i * i
print("sum of cubes", s)
print(big - 1 + 1, big == 9223372036854775807, small - 1)
print(abs(small), -small == big, big * -1)
print(int(9.2e18), float(big), float(small), int(float(2 ** 53)) + 1)
print(big > 9.2e18, big < 9.3e18, big == 9223372036854775808.0, big == float(big))
print(big // 3 * 3 + big % 3 == big, small // -3, small % -3)
