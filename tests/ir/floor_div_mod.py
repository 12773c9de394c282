def floor_div_mod(a, b):
    return a // b + a % b
print(floor_div_mod(-7, 2))
