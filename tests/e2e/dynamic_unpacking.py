# Unpacking tuples of several member types (one length) in for loops and
# assignments.
tests = [(1, 1.0), ("a", 1), (None, None), (2.5, "x")]
for a, b in tests:
    print(a, b, a == b)
pair = tests[1]
x, y = pair
print(x, y)
