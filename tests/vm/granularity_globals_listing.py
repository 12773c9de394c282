# Found by an adversarial review of function and class granularity; checked
# against python3.
def f():
    g = globals()
    return sorted(k for k in g if not k.startswith("__"))
N = 5
def helper(x):
    return x
print(f())
