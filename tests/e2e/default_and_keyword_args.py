# Tests default parameter values and keyword arguments at call sites, in any order and mixed with positional.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

def area(w, h=1.0):
    return w * h

def power(base, exp=2, mod=0):
    r = base ** exp
    if mod != 0:
        r = r % mod
    return r

def line(n, ch="-", left="[", right="]"):
    return left + ch * n + right

def scale(x, factor=2, offset=0):
    return x * factor + offset

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet("Di", punct="..."))
print(greet(name="Eve"))
print(greet(punct="!!", name="Fay", greeting="Hey"))
print(greet("Gus", greeting="Howdy"))
print(greet("日本", "こんにちは", "。"))
print(area(3.0), area(3.0, 4.5), area(w=2.0, h=0.25), area(h=10.0, w=0.5))
print(power(3), power(3, 3), power(3, exp=4), power(2, 10, 1000), power(base=7, mod=5), power(mod=9, exp=5, base=2))
print(line(5), line(3, "="), line(4, right=">"), line(2, left="<", ch="~"), line(0))
print(scale(5), scale(5, 3), scale(5, offset=1), scale(5, factor=10, offset=-1))
print(scale(2.5), scale(2.5, offset=0.5))
print("a", "b", "c", sep="-")
print("x", "y", end="|")
print()
print("no", "sep", sep="")
print(1, 2.5, True, None, "s", sep=", ", end=" END")
print("", end="")
print(end="")
print(" <- same line", sep="?")
print("a", "b", sep="")
print("p", "q", "r", sep=" | ", end="$")
print()
def counter(start=0, step=1, stop=10):
    n = 0
    i = start
    while i < stop:
        n += 1
        i += step
    return n

print(counter(), counter(5), counter(step=3), counter(stop=100, step=7), counter(1, 2, 9), counter(step=1, start=-5, stop=5))
def describe(n, unit="item", plural="s"):
    if n == 1:
        return str(n) + " " + unit
    return str(n) + " " + unit + plural

for n in range(3):
    print(describe(n), describe(n, "box", plural="es"), describe(n, unit="child", plural="ren"))
