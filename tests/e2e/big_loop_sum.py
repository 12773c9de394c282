# Tests long-running loops (~2.3 million iterations total) summing ints and floats with modular arithmetic.
total = 0
for i in range(1500000):
    total += i
print("sum 0..1499999 =", total)
acc = 0
i = 0
while i < 300000:
    acc = (acc + i * i) % 1000000007
    i += 1
print("sum squares mod p =", acc)
fsum = 0.0
for k in range(1, 300001):
    fsum += 1.0 / (k * k)
print("basel partial =", fsum)
x = 0
for j in range(200000):
    x ^= j * 2654435761 & 0xFFFFFFFF
print("xor mix =", x)
print(total // 1000000, total % 1000000, total == 1499999 * 1500000 // 2)
print(acc % 1000, acc // 1000, fsum * 6.0, (fsum * 6.0) ** 0.5)
print(x & 0xFFFF, x >> 16, x % 7)
