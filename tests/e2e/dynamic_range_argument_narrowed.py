def f(n, step):
    total = 0
    for i in range(0, n, step):
        total += i
    return total
def g(k):
    if k > 2:
        return k
    return None
print(f(10, g(3)))
try:
    print(f(10, g(1)))
except TypeError as e:
    print(e)
print(f(10, g(1)))
