def make_scaler(factor):
    return lambda x: x * factor


double = make_scaler(2)
print(double(21))
