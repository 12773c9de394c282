# Tests break and continue in nested for/while loops, including continue in while and pass statements.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
i = 0
while i < 10:
    i += 1
    if i % 3 != 0:
        continue
    print("multiple of 3:", i)
found = False
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2:
            print("triple", a, b, c)
            if a + b + c > 30:
                found = True
                break
    if found:
        break
print("stopped at a =", a)
for i in range(5):
    if i == 2:
        pass
    else:
        continue
    print("reached after pass with i =", i)
n = 0
for i in range(100):
    if i % 7 != 0:
        continue
    if i % 2 == 0:
        continue
    n += i
print("sum odd multiples of 7:", n)
row = 0
while True:
    row += 1
    if row > 6:
        break
    line = ""
    col = 0
    while True:
        col += 1
        if col > row:
            break
        if (row + col) % 2 == 0:
            continue
        line += str(col)
    print("row", row, line)
count = 0
for i in range(1000):
    if i % 3 == 0 or i % 5 == 0:
        continue
    count += 1
    if count == 400:
        print("400th non-multiple is", i)
        break
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        for k in range(3):
            if k == 2:
                break
            print(i, j, k)
