# The smallest 64-bit int given as a slice bound or an optional index is a
# real value, not "omitted" (the runtime's sentinel for an absent argument).
m = -9223372036854775807 - 1
a = [1, 2, 3]
print(a[:m], a[m:], a[m::-1], a[:m:-1], a[::m], a[m:m:m])
s = "abc"
print(repr(s[:m]), s[m:], repr(s[m::-1]), s[:m:-1], s[::m])
b = [1, 2, 3]
b[:m] = [9]
print(b)
c = [1, 2, 3, 4]
c[m::-1] = []
print(c)
d = [1, 2, 3, 4]
del d[:m]
print(d)
del d[m:]
print(d)
print("banana".find("a", 0, m), "banana".find("a", m), "banana".rfind("a", m, m))
print("banana".count("a", m), "banana".count("a", 0, m))
print([5, 6, 7].index(6, m))
try_list = [5, 6, 7]
print(try_list.pop(m))
