# Copies between containers whose element types differ: extend, +=, slice
# assignment, concatenation, update, dict() and set() of another container;
# the copied-from container must share the boxed representation.
mixed = [1, "a"]
mixed.extend([2.5, 3.5])
print(mixed)
s = {1, "a"}
s.update([2.5])
print(len(s), 2.5 in s)
more = [4, 5]
mixed += more
print(mixed, more)
t = [None] + [1]
print(t)
x = [1, "a"]
x[0:1] = [7.5, 8.5]
print(x)
y = list((1, 2)) + ["z"]
print(y)
pairs = {1: "a", "b": 2}
pairs.update({3.5: None})
print(pairs)
floats = [1.5, 2.5]
mixed = [1, "a"]
mixed = mixed + floats
print(mixed)
copy = list(floats)
copy.append("x")
print(copy, floats)
d = {"a": 1}
e = dict(d)
e["b"] = "two"
print(e, d)
s = set(floats)
s.add("q")
print(len(s), "q" in s)
m2 = sorted(floats) + ["z"]
print(m2)
r = floats[:]
r.append(None)
print(r, floats)
