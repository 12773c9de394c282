# Tests ** with ints, floats, negative exponents, right associativity and unary minus precedence.
print(2 ** 10, 2 ** 62, 2 ** 0, 0 ** 0, 0 ** 5)
print((-2) ** 3, (-2) ** 4, -2 ** 2, -(2 ** 2))
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** -2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2.0 ** 10, 2 ** 0.5, 9 ** 0.5, 4.0 ** -0.5)
print(1.5 ** 2, (-1.5) ** 3, 0.0 ** 0, 0.0 ** 2)
print(10.0 ** 22, 10.0 ** -7, 10 ** 15)
print(1 ** -5, (-1) ** -5, (-1) ** 1001, (-1) ** 1000)
print(3 ** 39)
print(7 ** 20)
x = 3
x **= 4
print(x)
y = 2.5
y **= 2
print(y)
for e in range(0, 6):
    print(e, 2 ** e, 3.0 ** e, (-3) ** e)
for e in range(-3, 4):
    print(e, 2.0 ** e, 0.5 ** e, (-3.0) ** e)
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(3, 4, 5), pow(7, 123, 1000))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(123456789, 98765, 1000000007))
print(pow(2, 0, 5), pow(0, 0), pow(0, 0, 7))
print(1e308 * 10, -(1e308 * 10))
print(2 ** 62 - 1 + 2 ** 62)
