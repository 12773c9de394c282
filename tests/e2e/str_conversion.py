# Tests str() of ints, floats, bools and None, and concatenating those strings.
print(str(0) + "|" + str(-5) + "|" + str(2 ** 62))
print(str(1.0) + "|" + str(-0.0) + "|" + str(0.1 + 0.2) + "|" + str(1e16) + "|" + str(1e-7))
print(str(True) + "|" + str(False) + "|" + str(None))
print(str(float('inf')) + "|" + str(float('-inf')) + "|" + str(float('nan')))
print(str(1 / 3) + "|" + str(2.5e-5) + "|" + str(123456789.123) + "|" + str(1e22))
print(str("héllo") + str(""), len(str(12345)), len(str(-1.5)), len(str(None)))
print(str(3 > 2), str(3 < 2), str(not None))
print(str(5e-324), str(1.7976931348623157e308), str(1e300 * 1e300))
print("value: " + str(42) + ", half: " + str(42 / 2) + ", ok: " + str(42 > 0))
print(str(int("  12 ")), str(float("  12 ")), str(bool("")), str(bool("x")))
line = ""
for i in range(-3, 4):
    line = line + str(i) + ","
print(line)
line2 = ""
for i in range(5):
    line2 += str(i / 4) + ";"
print(line2)
print(str(10 ** 18), str(-(10 ** 18)), str(0b1111), str(0xff), str(0o777))
print(str(100.0), str(1e15), str(1e100), str(0.00001), str(0.0001))
print(str(round(2.5)), str(round(2.675, 2)), str(abs(-0.0)))
n = 1234567
digits = str(n)
rev = ""
for i in range(len(digits) - 1, -1, -1):
    rev += digits[i]
print(digits, rev, int(rev) + n)
print(str(str(str(7))), str(-7)[0], str(3.25)[1], str(None)[0], str(True)[-1])
