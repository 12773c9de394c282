# List, tuple and dict operators on values of several possible types (the
# dynamic tier): concatenation, repetition and dict union in the runtime,
# in place for the augmented forms, with CPython's TypeErrors for the
# combinations that fail; `is` between boxed values that differ.
def pick(n):
    if n == 0:
        return [1, 2]
    if n == 1:
        return "ab"
    return 7

for n in range(3):
    v = pick(n)
    print(v + v, v * 2, 2 * v)
    w = v
    w += v
    print(w, v, w is v)
    u = pick(n)
    u *= 3
    print(u)

def config(n):
    if n == 0:
        return {"a": 1}
    if n == 1:
        return {"b": 2, "a": 0}
    return None

x = config(0)
y = config(1)
if x is not None and y is not None:
    print(x | y, y | x)
    alias = x
    x |= y
    print(alias, alias is x)

def either(n):
    return [n, n + 1] if n % 2 else f"<{n}>"

parts = [either(k) for k in range(4)]
total = parts[1]
for extra in parts:
    try:
        total = total + extra
        print("ok", total)
    except TypeError as error:
        print("TypeError:", error)
print([p * 0 for p in parts], [p * -1 for p in parts])
def shape(n):
    if n == 0:
        return (1, "a")
    if n == 1:
        return "xy"
    return [n]

for n in range(3):
    s = shape(n)
    doubled = s + s
    print(doubled, len(doubled), repr(doubled), doubled == s + s)

def sequence(n):
    if n % 2:
        return tuple(range(n))
    return None

for n in range(5):
    t = sequence(n)
    if t is not None:
        u = sequence(n)
        if u is not None:
            print(t + u)

for k in range(3):
    r = shape(k) if k != 0 else (k, k + 1)
    print(r * 2, 3 * r, r * 0)
def runs(n):
    return tuple(range(n)) if n else "none"
for k in range(3):
    print(runs(k) * 2)
