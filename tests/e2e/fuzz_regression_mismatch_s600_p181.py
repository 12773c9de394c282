# Regression test from the container fuzzer (seed 600); found before its fix.
t1 = tuple([])[::-1]
d4 = (tuple(t1) <= (tuple(e + 2 for e in t1) + tuple([-17, 3, -58])))
print(f": {list(range(-1, 8, 3))}[{('dog'.isalpha())!s}")
