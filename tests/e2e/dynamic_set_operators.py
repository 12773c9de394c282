# Set operators on values of the dynamic tier: | & - ^ and their in-place forms.
g = [{1, 2}, 0, {2, 3}, frozenset([3, 4])]
a = g[0]
b = g[2]
f = g[3]
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(f | a), type(f | a).__name__, type(a | f).__name__)
s = g[0]
s |= b
print(sorted(s), sorted(g[0]))
s -= {1}
print(sorted(s))
try:
    print(g[1] | a)
except TypeError as e:
    print("TypeError:", e)
