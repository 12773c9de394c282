# Function and class granularity (an adversarial review's program), checked
# against python3.
import sys

def native_fib(n):
    if n < 2:
        return n
    return cpy_fib(n - 1) + cpy_fib(n - 2)

def cpy_fib(n):
    if n < 2:
        return n
    return eval("native_fib")(n - 1) + native_fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else exec("pass") or is_even(n - 1)

print([native_fib(i) for i in range(15)])
print([cpy_fib(i) for i in range(15)])
print(is_even(100), is_odd(77), is_even(51))
