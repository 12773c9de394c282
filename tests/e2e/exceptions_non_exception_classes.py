class Point:
    def __init__(self, x):
        self.x = x

class Config:
    pass

def check(x):
    if x < 0:
        raise Point(x)
    return x

def load(text):
    try:
        return int(text)
    except Config:
        return 0

print(check(3))
try:
    check(-1)
except TypeError as e:
    print("TypeError:", e)
print(load("12"))
try:
    load("x")
except TypeError as e:
    print("TypeError:", e)
try:
    raise Config
except TypeError as e:
    print("TypeError:", e)
def f(n):
    if n == 0:
        raise KeyError("k")
    return f(n - 1)
try:
    f(50)
except LookupError as e:
    print("LookupError", e)
load("y")
