# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import collections
def fac():
    raise KeyError("it's \"quoted\"")
d = collections.defaultdict(fac)
d["a"] = 1
print(d["a"])
print(d["b"])
