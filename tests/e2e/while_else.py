# Tests while loops with else clauses, with and without break, and nested while loops.
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
j = 0
while j < 10:
    if j == 4:
        print("break at", j)
        break
    j += 1
else:
    print("else should not run")
k = 10
while k < 5:
    print("never")
else:
    print("else ran for zero iterations")
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has divisor", d)
            break
        d += 1
    else:
        print(n, "is prime")
    return d

for n in range(20, 32):
    find_divisor(n)
a = 0
while a < 3:
    b = 0
    while b < 3:
        if b == a:
            b += 1
            continue
        if a + b == 3:
            print("pair", a, b, "break inner")
            break
        print("pair", a, b)
        b += 1
    else:
        print("inner else for a =", a)
    a += 1
else:
    print("outer else")
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n //= 2
    else:
        n = 3 * n + 1
    steps += 1
else:
    print("collatz 27 steps", steps)
x = 1.0
while x < 100.0:
    x *= 1.7
    if x > 1000.0:
        break
else:
    print("x ended at", x)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print("while True ended", count)
