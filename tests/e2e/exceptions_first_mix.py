class MyError(Exception):
    pass

def f(x):
    if x > 2:
        raise MyError("too big: " + str(x))
    return x * 2

for i in range(5):
    try:
        print(f(i))
    except MyError as e:
        print("caught", e, repr(e))
    finally:
        print("finally", i)

try:
    d = {"a": 1}
    print(d["b"])
except KeyError as e:
    print("key error", e, repr(e))

try:
    print(1 // 0)
except ArithmeticError as e:
    print("arith", e)
try:
    int("abc")
except (TypeError, ValueError) as e:
    print("value", e)
def g():
    try:
        return 1
    finally:
        print("in finally")
print(g())
raise ValueError("bye")
