def double(x):
    return x * 2

COUNT = 3
