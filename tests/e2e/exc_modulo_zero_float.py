# Tests an uncaught ZeroDivisionError from float modulo by 0.0; expect "ZeroDivisionError: float modulo", exit 1.
a = 5.0
for i in range(1, 5):
    print(a, i, a % i, -a % i, a % -i)
b = 0.0
print("modulo by", b)
print(a % b)
print("unreachable")
