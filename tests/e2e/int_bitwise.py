# Tests integer bitwise operators with negative numbers, shifts, and augmented forms.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(-1 & 255, -1 | 0, -1 ^ 1, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(12 & -10, 12 | -10, 12 ^ -10)
print(1 << 0, 1 << 1, 1 << 10, 1 << 62)
print(-1 << 5, -3 << 4)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3)
print(-1 >> 1, -1 >> 60, -2 >> 1, -3 >> 1)
print(255 >> 100, -255 >> 100)
print(0xFF, 0o17, 0b101, 0xdeadbeef)
x = 0x0F0F
x &= 0x00FF
print(x)
x |= 0x1000
print(x)
x ^= 0x1111
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
n = 0
v = 0x5A5A5A5A
while v != 0:
    n += v & 1
    v >>= 1
print("popcount", n)
for i in range(-8, 9):
    print(i, i & 3, i | 4, i ^ -1, ~i, i >> 1, i << 2)
mask = (1 << 32) - 1
print(mask, -5 & mask, (~5) & mask)
print(~(-(2 ** 40)), -(2 ** 40) >> 20)
print(5 & 3 | 8 ^ 2, 5 & (3 | 8) ^ 2, 1 << 2 + 1, (1 << 2) + 1)
print(-7 >> 1 << 1, ~7 & 0xF)
