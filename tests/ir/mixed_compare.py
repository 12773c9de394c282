def below(i, x):
    return i < x <= 10.0
print(below(3, 4.5))
