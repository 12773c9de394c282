# Found by an adversarial review of function and class granularity; checked
# against python3.
def f(name):
    return eval(name)
def helper(x):
    return x + 1
N = 5
S = "str"
import math
print(f("N"), f("S"), f("helper(1)"), f("math.sqrt(16)"))
N = 6
print(f("N * 2"))
