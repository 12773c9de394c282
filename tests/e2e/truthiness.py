# Tests truthiness of ints, floats, strings, None and bools in if/while/bool()/not.
def check_int(x):
    if x:
        print("int", x, "truthy")
    else:
        print("int", x, "falsy")

def check_float(x):
    if x:
        print("float", x, "truthy")
    else:
        print("float", x, "falsy")

def check_str(s):
    if s:
        print("str", len(s), "truthy")
    else:
        print("str", len(s), "falsy")

check_int(0)
check_int(1)
check_int(-1)
check_int(2 ** 62)
check_float(0.0)
check_float(-0.0)
check_float(1e-300)
check_float(5e-324)
check_float(float('nan'))
check_float(float('inf'))
check_str("")
check_str(" ")
check_str("0")
check_str("False")
check_str("日本")
print(bool(0), bool(7), bool(-3), bool(0.0), bool(0.5), bool(""), bool("x"), bool(None), bool(True), bool(False))
n = None
if n:
    print("None truthy?!")
else:
    print("None falsy")
if not n:
    print("not None is", not n)
t = True
f = False
if t:
    print("True truthy")
if not f:
    print("False falsy")
k = 5
while k:
    print("k =", k)
    k -= 2
    if k < 0:
        k = 0
s = "abc"
while s:
    print("s =", s)
    s = s.replace(s[0], "")
z = 3.0
while z:
    z = z - 1.5
    print("z =", z)
print(bool(1 - 1), bool(1.0 - 1.0), bool("a" * 0), bool(" ".strip()))
print(1 if "" else 2, 1 if "0" else 2, 1 if 0.0 else 2, 1 if None else 2)
