# abs() of a value of several possible types, and of an int or None.
def num(n):
    if n > 5:
        return None
    return n * 1000

c = num(2)
print(c + 1 if c is not None else 0)
print(abs(c) if c is not None else 0)
if c is not None:
    print(abs(c))
d = num(9)
print(abs(d) if d is not None else -1)
try:
    print(abs(d))
except TypeError as e:
    print("TypeError:", e)
def value(n):
    if n == 0:
        return -3
    if n == 1:
        return -2.5
    if n == 2:
        return True
    if n == 3:
        return "x"
    return None

for n in range(5):
    v = value(n)
    try:
        print(abs(v), type(abs(v)).__name__)
    except TypeError as error:
        print("TypeError:", error)
