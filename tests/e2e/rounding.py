# Tests round() with and without ndigits: banker's rounding, negative ndigits, float representation effects.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(0.49999999999999994), round(0.51), round(-0.51), round(1e15 + 0.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(2.5, 0), round(3.5, 0), round(-2.5, 0), round(0.05, 1), round(0.15, 1), round(0.25, 1))
print(round(123.456, 1), round(123.456, -1), round(123.456, -2), round(-123.456, -2))
print(round(1234.5678, 3), round(1e-7, 7), round(1e-7, 6), round(5e-324, 300))
print(round(7), round(-7), round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(-35, -1), round(99, -3), round(500, -3), round(1500, -3))
print(round(float('inf'), 2), round(float('nan'), 2), round(-0.0, 1), round(0.0))
print(round(1e300, 2), round(1e16, -5), round(123456789.123, 2))
for i in range(-10, 11):
    x = i / 4
    print(x, round(x), round(x, 1), round(x * 1.1, 2))
s = 0.0
for i in range(10):
    s += 0.1
print(s, round(s, 10), round(s), round(s, 15), round(s, 16), round(s, 17))
print(round(2 / 3, 5), round(-2 / 3, 5), round(1 / 7, 12))
