# Tests an uncaught ZeroDivisionError from int / int true division; expect "ZeroDivisionError: division by zero", exit 1.
def ratio(a, b):
    return a / b

for n in range(3, 0, -1):
    print(n, ratio(10, n))
print("next is ratio(1, 0)")
print(ratio(1, 0))
print("unreachable")
