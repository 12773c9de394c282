def poly(x):
    return 3.0 * x * x - 2.0 * x + 1.0
print(poly(0.5))
