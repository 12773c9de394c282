# Tests mixed int/float arithmetic, true division always yielding float, and operator precedence.
print(1 / 1, 4 / 2, 7 / 2, -7 / 2, 1 / 3, 10 / 4)
print(3 + 0.5, 3 - 0.5, 3 * 0.5, 3 / 0.5)
print(0.5 + 3, 0.5 - 3, 0.5 * 3, 0.5 / 3)
print(2 ** 53 + 1.0, 9007199254740993 / 1)
print(10 ** 15 / 10 ** 5, 2 ** 62 / 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2)
print(-3 * -3, -(-3), +(-3), -+-3, - - 3)
print(7 - 3 - 2, 2 * 3 % 4, 2 + 3 % 4, 100 // 10 // 3)
print(1.0 * 3 == 3, 3 / 1 == 3, 0.1 * 3 == 0.3, 1 == 1.0, 2 != 2.0)
print(3 < 3.5, 3.5 < 4, -1 < -0.5, 10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16)
total = 0.0
for i in range(1, 11):
    total += i / 10
print(total)
acc = 0
for i in range(1, 11):
    acc += i * i
print(acc, acc / 11, acc // 11, acc % 11)
avg = acc / 10
print(avg, int(avg), round(avg))
c = 5
f = c * 9 / 5 + 32
print(c, "C =", f, "F")
for c2 in range(-40, 101, 20):
    print(c2, c2 * 9 / 5 + 32, (c2 * 9 / 5 + 32 - 32) * 5 / 9)
h = 0.0
for k in range(1, 21):
    h += 1 / k
print("harmonic 20:", h)
p = 1
for k in range(1, 21):
    p *= k
print("20! =", p, p / 1e18)
print(7 // 2 * 2 + 7 % 2, -7 // 2 * 2 + -7 % 2)
print(1e3 == 1000, 1e3 + 1 == 1001, 5 / 2 * 2)
