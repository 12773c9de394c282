# Tests that `and`/`or` return one of their operands (not bool) and short-circuit, and `not`.
print(0 or 5, 3 or 5, 0 or 0, 0 and 5, 3 and 5, 3 and 0)
print("" or "x", "a" or "x", "" and "x", "a" and "x")
print(0.0 or 2.5, 1.5 or 2.5, 0.0 and 2.5, -0.0 or 9.5)
print(None or None, None and None)
print(True or False, False or True, True and False, False and False)
print(not 0, not 1, not "", not "a", not None, not 0.0, not -0.0, not 0.1)
print(not not 3, not True, not False)
def side(name, x):
    print("side", name)
    return x

print("--- or stops at first truthy")
r = side("a", 0) or side("b", 7) or side("c", 9)
print(r)
print("--- and stops at first falsy")
r2 = side("a", 1) and side("b", 0) and side("c", 9)
print(r2)
print("--- all evaluated")
r3 = side("a", 1) and side("b", 2) and side("c", 3)
print(r3)
r4 = side("a", 0) or side("b", 0) or side("c", 0)
print(r4)
print("--- strings")
name = ""
display = name or "anonymous"
print(display)
name2 = "bob"
display2 = name2 or "anonymous"
print(display2)
print("--- mixed precedence")
print(1 or 2 and 0, (1 or 2) and 0, 0 and 1 or 2, 0 or 1 and 2)
print(not 1 or not 0, not (1 or 2), not 0 and not "")
x = 5
print(x > 3 and x < 10, x > 10 or x == 5, x < 3 or x > 100)
s = "hello"
print(s.startswith("h") and s.upper() or s.lower(), s.endswith("x") and s.upper() or s.lower())
print(s.find("z") + 1 or 99, s.find("l") + 1 or 99)
count = 0
for i in range(10):
    if i % 2 == 0 and i % 3 == 0 or i == 7:
        count += 1
        print("hit", i)
print(count)
