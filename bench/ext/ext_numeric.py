"""A hot numeric function (midpoint-rule integration) and a trivial one."""


def integrate(n):
    total = 0.0
    step = 1.0 / n
    for i in range(n):
        x = (i + 0.5) * step
        total += 4.0 / (1.0 + x * x)
    return total * step


def identity(x):
    return x


if __name__ == "__main__":
    print(integrate(1000), identity(1))
