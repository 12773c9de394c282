# Tests every augmented assignment operator on ints, floats and strings.
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 3
print(x)
x &= 0x6
print(x)
x |= 0x30
print(x)
x ^= 0xFF
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
y = 1.5
y += 1
print(y)
y -= 0.25
print(y)
y *= 4
print(y)
y /= 3
print(y)
y //= 0.5
print(y)
y %= 2.5
print(y)
y **= 2
print(y)
z = 7.0
z /= 2
print(z)
z /= 0.1
print(z)
s = "ab"
s += "cd"
print(s)
s *= 3
print(s)
s += "日本"
print(s, len(s))
n = -17
n //= 5
print(n)
n %= -4
print(n)
k = 1
for i in range(10):
    k <<= 1
    k += i
print(k)
acc = 0
for i in range(100):
    acc ^= i * 31
print(acc)
g = 1.0
for i in range(5):
    g /= 3
print(g)
g *= 243
print(g)
count = 100
while count > 1:
    count //= 3
    print("count", count)
