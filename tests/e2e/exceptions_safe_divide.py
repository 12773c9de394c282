def safe_div(a: int, b: int) -> str:
    try:
        return str(a // b)
    except ZeroDivisionError:
        return "-"


def safe_mod(a: int, b: int) -> int:
    try:
        return a % b
    except ZeroDivisionError:
        return -1


def safe_fdiv(a: float, b: float) -> float:
    try:
        return a / b
    except ZeroDivisionError as e:
        print(f"  note: {e}")
        return 0.0


nums = [12, 7, 0, -9]
dens = [3, 0, 2, -4]
header = "a\\b"
for d in dens:
    header += f"\t{d}"
print(header)
for n in nums:
    row = str(n)
    for d in dens:
        row += "\t" + safe_div(n, d)
    print(row)
mods: list[int] = []
for n in nums:
    mods.append(safe_mod(n, 4))
for d in dens:
    mods.append(safe_mod(10, d))
print(mods)
print(safe_fdiv(1.0, 4.0))
print(safe_fdiv(3.5, 0.0))
errors = 0
for d in dens:
    try:
        x = 100 / d
        print(f"100/{d} = {x}")
    except ZeroDivisionError as e:
        errors += 1
        print(f"error: {e}")
try:
    print(5 % 0)
except ZeroDivisionError as e:
    errors += 1
    print(f"error: {e}")
print(f"errors: {errors}")
