# Tests date arithmetic by hand: leap years, day of week (Zeller), day-of-year, date differences and a month calendar.
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def month_len(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31

def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += month_len(y, mm)
    return days

print([y for y in range(1896, 1910) if is_leap(y)], is_leap(2000), is_leap(2100))
for y, m, d in [(2024, 2, 29), (1969, 7, 20), (2000, 1, 1), (1999, 12, 31), (2023, 11, 5)]:
    doy = ordinal(y, m, d) - ordinal(y, 1, 1) + 1
    print(f"{y:04d}-{m:02d}-{d:02d} {DAYS[weekday(y, m, d)]} day {doy:3d} of {366 if is_leap(y) else 365}")
a = ordinal(1969, 7, 20)
b = ordinal(2024, 2, 29)
print("days between:", b - a, "weeks:", (b - a) // 7, "rem", (b - a) % 7)
print("weekday check:", DAYS[(a - 1) % 7], DAYS[(b - 1) % 7])

def add_days(y, m, d, n):
    while n > 0:
        left = month_len(y, m) - d
        if n <= left:
            return (y, m, d + n)
        n -= left + 1
        d = 1
        m += 1
        if m > 12:
            m = 1
            y += 1
    return (y, m, d)
print(add_days(2023, 12, 25, 10), add_days(2024, 2, 28, 1), add_days(2024, 1, 1, 365), add_days(2023, 1, 31, 0))

def print_month(y, m):
    print(f"{MONTHS[m - 1]} {y}".center(20))
    print(" ".join(d[:2] for d in DAYS))
    cells = ["  "] * weekday(y, m, 1) + [f"{d:2d}" for d in range(1, month_len(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
print_month(2024, 2)
print_month(2023, 10)
fri13 = [(y, m) for y in range(2023, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", [f"{MONTHS[m - 1]} {y}" for y, m in fri13])
