# The spectral-norm benchmark of the Computer Language Benchmarks Game, as
# plain Python with lists of floats.
import math


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(n, v):
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(i, j) * v[j]
        result[i] = total
    return result


def multiply_atv(n, v):
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += eval_a(j, i) * v[j]
        result[i] = total
    return result


def multiply_atav(n, v):
    return multiply_atv(n, multiply_av(n, v))


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = multiply_atav(n, u)
        u = multiply_atav(n, v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%0.9f" % math.sqrt(vbv / vv))


main(600)
