# A local assigned on one path only: UnboundLocalError on the other.
def f(n):
    if n > 0:
        x = n
    return x
print(f(1))
print(f(0))
