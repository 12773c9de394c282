# Tests for loops over range with else clauses, with and without break, including empty ranges.
for i in range(3):
    print("i", i)
else:
    print("for else ran")
for i in range(10):
    if i == 5:
        print("breaking at", i)
        break
else:
    print("not printed")
for i in range(0):
    print("never")
else:
    print("empty range else ran")
for i in range(5, 5):
    print("never")
else:
    print("range(5, 5) else ran")
def first_multiple(n, lo, hi):
    for x in range(lo, hi):
        if x % n == 0:
            print("first multiple of", n, "in", lo, hi, "is", x)
            break
    else:
        print("no multiple of", n, "in", lo, hi)
    return 0

first_multiple(7, 1, 20)
first_multiple(7, 1, 7)
first_multiple(13, 40, 52)
first_multiple(3, 10, 10)
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "prime")
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j)
    else:
        print("inner completed for", i)
i = 100
for i in range(3):
    pass
print("i after loop", i)
last = -1
for last in range(10, 0, -3):
    pass
else:
    print("last value", last)
for i in range(10, 0, -1):
    if i % 4 == 0:
        print("found", i)
        break
else:
    print("none")
