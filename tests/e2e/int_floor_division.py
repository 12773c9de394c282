# Tests integer floor division and modulo with all sign combinations (floor toward -inf).
a = 7
b = 2
print(a // b, a % b)
print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(0 // 5, 0 % 5)
print(0 // -5, 0 % -5)
print(1 // 3, -1 // 3, 1 // -3, -1 // -3)
print(1 % 3, -1 % 3, 1 % -3, -1 % -3)
print(100 // 7, 100 % 7, -100 // 7, -100 % 7)
print(6 // 3, -6 // 3, 6 // -3, -6 % 3, 6 % -3)
i = -10
while i <= 10:
    print(i, i // 3, i % 3, i // -3, i % -3)
    i += 2
x = 12345
x //= 10
print(x)
x %= 100
print(x)
y = -12345
y //= 10
print(y)
y %= 100
print(y)
z = -17
z %= -5
print(z)
q, r = divmod(17, 5)
print(q, r)
q, r = divmod(-17, 5)
print(q, r)
q, r = divmod(17, -5)
print(q, r)
print(divmod(-17, -5))
print(divmod(0, 3))
print(divmod(2 ** 62, 7))
print(-(2 ** 62) // 3, -(2 ** 62) % 3)
print(9223372036854775807 // 2, 9223372036854775807 % 1000)
