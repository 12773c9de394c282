# Exercises arithmetic on values that are int or float (or bool), with and
# without isinstance checks, and on values guarded from str/None.

def halve_or_keep(n):
    if n % 2 == 0:
        return n // 2
    return n / 2


nums = [10, 7, 4, 9]
for n in nums:
    h = halve_or_keep(n)
    print(n, h, h + 1, h * 3, type(h).__name__)

mixed_numbers = [1, 2.5, -3, 0.25, True, 100]
total = 0
for m in mixed_numbers:
    total = total + m
print("total:", total)
print([m + 1 for m in mixed_numbers])
print([m * 2.0 for m in mixed_numbers])
print([m - 0.5 for m in mixed_numbers])

acc = 1
for m in [2, 1.5, 4]:
    acc *= m
    print(acc, type(acc).__name__)

data = [3, "x", 4.5, None, 2, "7"]
s = 0
for d in data:
    if isinstance(d, (int, float)):
        s += d
    elif isinstance(d, str) and d.isdigit():
        s += int(d)
print("sum of usable:", s)

print(7 // 2, 7.0 // 2, 7 % 3, 7.5 % 3, -7 // 2)
print(2 ** 10, 2 ** -1, 2.0 ** 3, True + True, False * 5)
print(abs(-3), abs(-2.5), round(2.675, 2), round(7.5), round(8.5))
print(divmod(17, 5), divmod(17.0, 5))
