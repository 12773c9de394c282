# Tests float() of ints and strings (whitespace, exponents, inf/nan spellings) and printing the results.
print(float(0), float(1), float(-1), float(10 ** 15), float(2 ** 62))
print(float(True), float(False))
print(float("3.5"), float("  -1e3 "), float("+2.25"), float(".5"), float("5."))
print(float("1e16"), float("1E-7"), float("-0"), float("-0.0"), float("0.1"))
print(float("inf"), float("-inf"), float("+inf"), float("Infinity"), float("-iNfInItY"))
print(float("nan"), float("NaN"), float("-nan"))
print(float("1_000.5"), float("123456789.123"), float("   42   "))
print(float("1e400"), float("-1e400"), float("1e-400"))
print(float("0.30000000000000004"), float("2.675"), float("4.35"))
print(float("9007199254740993"))
print(float(9007199254740993))
for i in range(0, 60, 7):
    print(i, float(i), float(str(i) + ".5"), float("1e" + str(i)))
t = 0.0
s = "1.5"
for i in range(4):
    t += float(s)
    s = s + "5"
    print(s, t)
print(float(int("77")) / 2, float(str(0.1 + 0.2)) == 0.1 + 0.2)
print(float(-7) // 2, float(7) % -3)
