"""A hot numeric function (midpoint-rule integration), one over a list of
floats passed in, and a trivial one."""


def integrate(n):
    total = 0.0
    step = 1.0 / n
    for i in range(n):
        x = (i + 0.5) * step
        total += 4.0 / (1.0 + x * x)
    return total * step


def variance(values):
    """A list of floats from CPython: converted in, read twice."""
    mean = 0.0
    for value in values:
        mean += value
    mean /= len(values)
    total = 0.0
    for value in values:
        total += (value - mean) * (value - mean)
    return total / len(values)


def identity(x):
    return x


if __name__ == "__main__":
    print(integrate(1000), variance([1.0, 2.0, 4.0]), identity(1))
