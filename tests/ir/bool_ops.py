def pick(a, b):
    return a or b
print(pick(0, 7))
