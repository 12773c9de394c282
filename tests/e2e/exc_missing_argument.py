# A call missing a required argument: TypeError with CPython's message.
def k(a, b):
    return a
print(k(1))
