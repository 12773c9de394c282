# Tests an uncaught RecursionError from unbounded recursion (no comparisons in the recursive path); CPython prints "RecursionError: maximum recursion depth exceeded", exit 1.
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)

def forever(n):
    return forever(n + 1) + 1

print(countdown(10))
print(countdown(500))
print("now recursing forever")
print(forever(0))
print("unreachable")
