# `%` with a right operand that may be a tuple or a single value: only the
# run time knows how many arguments it supplies, so native code refuses it
# and CPython runs the program.
def f(k):
    if k > 1:
        return (k, k)
    return 5
x = f(3)
print("%s" % (x,))
print("%s" % x)
