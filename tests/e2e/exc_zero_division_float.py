# Tests an uncaught ZeroDivisionError from float / 0.0 after output; expect "ZeroDivisionError: float division by zero", exit 1.
x = 1.0
for i in range(5):
    x = x / 2.0
    print(i, x)
z = x - x
print("z is", z, "x is", x)
print(1.0 / 3.0)
print(x / z)
print("unreachable")
