def double(x):
    return x * 2
print(double(21), double(1.5))
