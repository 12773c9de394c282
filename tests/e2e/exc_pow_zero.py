# Tests an uncaught ZeroDivisionError from 0.0 raised to a negative power; expect "ZeroDivisionError: 0.0 cannot be raised to a negative power", exit 1.
base = 0.5
for e in range(-3, 4):
    print(base, e, base ** e)
base = 0.0
print(base ** 0, base ** 2)
print("now 0.0 ** -1")
print(base ** -1)
print("unreachable")
