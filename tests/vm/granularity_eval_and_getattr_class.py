# Function and class granularity: `evaluate` (eval) and `Dynamic` (__getattr__)
# run in the embedded CPython; the rest, and the globals they read, stay native.
import math

SCALE = 3
NAMES = ("a", "b")


def evaluate(expression, x):
    return eval(expression, {"x": x, "sqrt": math.sqrt, "scale": SCALE})


def square(n):
    return n * n


def uses_native(text):
    return square(len(text)) + SCALE


class Dynamic:
    def __getattr__(self, name):
        return name.upper() + str(SCALE)


def total(limit):
    acc = 0
    for i in range(limit):
        acc += i * i % 7
    return acc


def main():
    print(total(100000))
    print(evaluate("x * 2 + scale", 5))
    print(evaluate("sqrt(x)", 16.0))
    print(uses_native("hello"))
    d = Dynamic()
    print(d.foo, d.bar)
    global SCALE
    SCALE = 10
    print(uses_native("hi"), evaluate("scale", 0), d.baz)


main()
