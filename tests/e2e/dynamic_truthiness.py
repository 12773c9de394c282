# Exercises truthiness of mixed values: if v:, not v, bool(v), and the
# value-returning behaviour of `and` / `or`.

values = [0, 1, -2, 0.0, 0.5, "", "0", " ", None, True, False, [], [0], (), {}, {"a": 1}]

for v in values:
    if v:
        verdict = "truthy"
    else:
        verdict = "falsy"
    print(repr(v), verdict, bool(v), not v)

print([bool(v) for v in values].count(True))

print(0 or "default", "" or None, None or 0, "x" or "y", [] or [1])
print(1 and "yes", 0 and "never", "a" and 2.5, None and 1, "s" and "")
print(None or 0 or "" or "last")
print(3 and 0.0 and "unreached")


def pick(a, b):
    return a or b


print(pick(None, 5), pick("name", "anon"), pick(0, 0.0), pick([], "empty"))

name = None
display = name or "guest"
print(display)
name = "Zoe"
display = name or "guest"
print(display)

filtered = [v for v in values if v]
print(filtered)
print(len([v for v in values if not v]))
print(any(values), all(values), all(v for v in values if v))
