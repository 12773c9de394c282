# Keyword and default arguments, then a call with too many arguments: TypeError.
def h(a, b=2):
    return a + b
print(h(1), h(1, 3), h(b=5, a=1))
print(h(1, 2, 3))
