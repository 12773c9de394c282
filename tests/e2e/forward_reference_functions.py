# Tests calling functions defined later in the file from inside earlier function bodies, and functions with no return value.
def main_flow(n):
    print("main_flow start", n)
    total = helper_a(n) + helper_b(n)
    report(total)
    return total

def helper_a(n):
    return square(n) + 1

def helper_b(n):
    if n <= 0:
        return 0
    return n + helper_b(n - 1) + late_constant()

def report(value):
    print("report:", value, describe_parity(value))

def describe_parity(v):
    return "even" if v % 2 == 0 else "odd"

def square(x):
    return x * x

def late_constant():
    return LATE_VALUE

def nothing():
    pass

def early_exit(x):
    if x > 0:
        print("positive", x)
        return
    print("non-positive", x)

LATE_VALUE = 3
print(main_flow(4))
print(main_flow(0))
LATE_VALUE = 10
print(main_flow(2))
print(nothing())
early_exit(5)
early_exit(-5)
print(early_exit(1))
def chain1(x):
    return chain2(x + 1) * 2

def chain2(x):
    return chain3(x + 1) * 3

def chain3(x):
    return x * 5

for i in range(4):
    print("chain", i, chain1(i))
def apply_twice_inc(x):
    return inc(inc(x))

def inc(x):
    return x + 1

print(apply_twice_inc(1), apply_twice_inc(2.5))
