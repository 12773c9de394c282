# Tests classic FizzBuzz plus variants built with conditional expressions, string concatenation and counters.
for i in range(1, 31):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
def fb(n):
    s = ""
    if n % 3 == 0:
        s += "Fizz"
    if n % 5 == 0:
        s += "Buzz"
    if n % 7 == 0:
        s += "Bazz"
    return s or str(n)

line = ""
for i in range(95, 110):
    line += fb(i) + " "
print(line)
fizz = 0
buzz = 0
both = 0
for i in range(1, 1001):
    if i % 15 == 0:
        both += 1
    elif i % 3 == 0:
        fizz += 1
    elif i % 5 == 0:
        buzz += 1
print("counts", fizz, buzz, both, 1000 - fizz - buzz - both)
out = ""
for i in range(-5, 6):
    out += ("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i)) + ","
print(out)
