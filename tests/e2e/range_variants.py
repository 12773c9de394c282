# Tests range(stop), range(start, stop), range(start, stop, step) with negative/large steps and empty ranges.
def show(label, total, count, first, last):
    print(label, "sum", total, "count", count, "first", first, "last", last)

def run(start, stop, step):
    total = 0
    count = 0
    first = -999
    last = -999
    for i in range(start, stop, step):
        if count == 0:
            first = i
        last = i
        total += i
        count += 1
    show("range(" + str(start) + ", " + str(stop) + ", " + str(step) + ")", total, count, first, last)

run(0, 10, 1)
run(0, 10, 3)
run(10, 0, -1)
run(10, 0, -3)
run(10, -10, -7)
run(-5, 5, 2)
run(5, -5, 2)
run(-5, 5, -2)
run(0, 0, 1)
run(3, 4, 100)
run(4, 3, -100)
run(-1, -10, -1)
run(0, 1000000, 99999)
run(-100, 100, 33)
line = ""
for i in range(5):
    line += str(i) + " "
print(line)
line = ""
for i in range(-3, 3):
    line += str(i) + " "
print(line)
line = ""
for i in range(20, -1, -4):
    line += str(i) + " "
print(line)
line = ""
for i in range(-2):
    line += "x"
print("[" + line + "]")
n = 4
for i in range(n):
    n -= 1
    print("i", i, "n", n)
for i in range(3):
    i = i * 10
    print("modified i", i)
total = 0
for i in range(1, 101):
    total += i
print("1..100", total)
s = 0
for i in range(100, 0, -1):
    s += i * i
print("squares", s)
for a in range(3):
    for b in range(a, 3):
        for c in range(b, 3):
            print(a, b, c)
