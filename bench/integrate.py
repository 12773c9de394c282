# Midpoint integration of a polynomial over 10**8 steps: a tight float loop.
def integrate(a, b, steps):
    h = (b - a) / steps
    total = 0.0
    for i in range(steps):
        x = a + (i + 0.5) * h
        total += x * x * x - 2.0 * x * x + 3.0 * x - 1.0
    return total * h


print(integrate(0.0, 2.0, 100000000))
