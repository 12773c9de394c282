# Tests conditional expressions (a if c else b), including nesting, laziness and use in arguments.
def sign(x):
    return 1 if x > 0 else (-1 if x < 0 else 0)

def describe(n):
    return "zero" if n == 0 else "even" if n % 2 == 0 else "odd"

def loud(msg, val):
    print("evaluated", msg)
    return val

for i in range(-3, 4):
    print(i, sign(i), describe(i), "neg" if i < 0 else "nonneg")
print(sign(-2.5), sign(0.0), sign(1e-9))
a = 10
b = 20
m = a if a > b else b
print("max", m)
mn = a if a < b else b
print("min", mn)
print(loud("then", 1) if True else loud("else", 2))
print(loud("then", 1) if False else loud("else", 2))
print(loud("then", "x") if loud("cond", 0) else loud("else", "y"))
f = 2.5 if a > 5 else 0.5
print(f)
s = "big" if a * b > 100 else "small"
print(s)
n = 15
print("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n))
total = 0
for i in range(20):
    total += i if i % 2 == 0 else -i
print(total)
print((1 if a else 0) + (1 if "" else 0) + (1 if None else 0) + (1 if 0.1 else 0))
x = -7
absx = -x if x < 0 else x
print(absx)
print(max(1 if a > 3 else 2, 5 if b > 30 else 0))
print("yes" if 1 < 2 < 3 else "no", "yes" if 3 < 2 < 1 else "no")
