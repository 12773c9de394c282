# Tests int() on strings (whitespace, signs, underscores), floats (truncation toward zero) and bools.
print(int("42"), int("-42"), int("  -42 "), int("+7"), int("0"), int("-0"))
print(int("007"), int("  123   "), int(" 9"), int("1_000_000"))
print(int("9223372036854775807"), int("-9223372036854775807"))
print(int(3.9), int(-3.9), int(3.1), int(-3.1), int(0.5), int(-0.5))
print(int(1e15), int(-1e15), int(2.0 ** 62), int(123456789.999))
print(int(True), int(False))
print(int(7), int(-7))
print(int(1e-300), int(-1e-300), int(-0.0))
for i in range(-5, 6):
    f = i / 2
    print(f, int(f), round(f), int(f * 10))
s = "12345"
total = 0
for i in range(len(s)):
    total += int(s[i])
print("digit total", total)
num = 0
for i in range(len(s)):
    num = num * 10 + (ord(s[i]) - ord("0"))
print("manual parse", num, num == int(s))
print(int("  +0  "), int("-000"), int(str(-123)), int(str(456) + "7"))
print(int(float("3.75")), int(float("-3.75")), int(float(" 1e3 ")))
print(int(2.5 * 4), int(10 / 3), int(-10 / 3))
print(int("-1" + "0" * 18), int("9" * 18))
