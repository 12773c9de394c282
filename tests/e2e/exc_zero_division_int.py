# Tests an uncaught ZeroDivisionError from integer floor division after output; expect "ZeroDivisionError: integer division or modulo by zero", exit 1.
def safe_div(a, b):
    if b == 0:
        return 0
    return a // b

total = 0
for i in range(-3, 4):
    total += safe_div(100, i)
    print(i, safe_div(100, i), total)
print(7 // 2, -7 // 2, 7 % 3)
d = total - total
print("about to divide by", d)
print(10 // d)
print("unreachable")
