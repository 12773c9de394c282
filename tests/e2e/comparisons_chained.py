# Tests chained comparisons with side-effecting operands: evaluation order, single evaluation and short-circuit.
def v(name, x):
    print("eval", name, x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 <= 1 < 2 <= 2, 5 > 4 >= 4 > 3, 1 < 2 > 0, 1 != 2 != 1)
print("--- all true")
print(v("a", 1) < v("b", 2) < v("c", 3))
print("--- first fails, rest skipped")
print(v("a", 5) < v("b", 2) < v("c", 3))
print("--- second fails")
print(v("a", 1) < v("b", 4) < v("c", 3) < v("d", 9))
print("--- middle evaluated once")
print(v("a", 1) <= v("b", 1) == v("c", 1.0) != v("d", 2))
print("--- floats and ints")
print(v("x", 0.5) < v("y", 1) <= v("z", 1.0))
print("--- strings")
print(v("s", "apple") < v("t", "banana") < v("u", "cherry"))
print(v("s", "b") > v("t", "a") > v("u", "c"))
print("--- in conditions")
i = 0
while 0 <= i < 5:
    if 1 < i <= 3:
        print("mid", i)
    else:
        print("edge", i)
    i += 1
x = 7
if 0 < x < 10 and 5 <= x <= 8:
    print("x in both ranges")
if not (0 < x > 10):
    print("x not above 10")
print(-1 < 0 < 1 < 2 < 3 < 4 < 5 < 6)
print(0 < 1 < 2 < 3 < 2 < 5)
print(1 < 2 == 2 > 1 != 0)
print("--- comparison results as values")
b = 3 > 2
c = 2 > 3
print(b, c, b == c, b != c)
