# Tests mutual recursion (is_even/is_odd and others), including functions defined after their callers.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for i in range(8):
    print(i, is_even(i), is_odd(i))
print(is_even(500), is_odd(501), is_even(777))
def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))

def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))

fs = ""
ms = ""
for i in range(20):
    fs += str(hofstadter_f(i)) + " "
    ms += str(hofstadter_m(i)) + " "
print("F:", fs)
print("M:", ms)
def ping(n, depth):
    if n <= 0:
        return depth
    print("ping", n)
    return pong(n - 1, depth + 1)

def pong(n, depth):
    if n <= 0:
        return depth
    print("pong", n)
    return ping(n - 2, depth + 1)

print("depth", ping(9, 0))
def expr_a(n):
    if n <= 0:
        return 1
    return expr_b(n - 1) + 2 * expr_c(n - 2)

def expr_b(n):
    if n <= 0:
        return 2
    return expr_a(n - 1) * 2 - 1

def expr_c(n):
    if n <= 0:
        return 3
    return expr_a(n - 2) + expr_b(n - 1)

for i in range(8):
    print("a", i, expr_a(i))
