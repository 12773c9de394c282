def power_check(base: int, exp: int) -> int:
    result = 1
    for _ in range(exp):
        result *= base
        if result > 1000000:
            raise OverflowError(f"{base}**{exp} exceeds limit")
    return result


def ratio(a: int, b: int) -> float:
    return a / b


tests_a = [2, 10, 3, 7]
tests_b = [10, 7, 5, 0]
for i in range(len(tests_a)):
    try:
        print(f"power: {power_check(tests_a[i], tests_b[i])}")
        print(f"ratio: {ratio(tests_a[i], tests_b[i])}")
    except ArithmeticError as e:
        print(f"arith: {e}", isinstance(e, OverflowError), isinstance(e, ZeroDivisionError))

ops = ["//", "%", "/"]
for op in ops:
    try:
        if op == "//":
            print(9 // 0)
        elif op == "%":
            print(9 % 0)
        else:
            print(9.0 / 0.0)
    except ZeroDivisionError as e:
        print(f"{op}: {e}")

try:
    print(-7 // 0)
except ArithmeticError as e:
    print(repr(e))
try:
    print(2.5 % 0.0)
except ZeroDivisionError as e:
    print(e)
print(-7 // 2, -7 % 2, 7 // -2)
