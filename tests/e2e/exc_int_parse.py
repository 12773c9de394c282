# Tests an uncaught ValueError from int() on a non-numeric string; expect "ValueError: invalid literal for int() with base 10: 'abc'", exit 1.
values = "12"
print(int(values) + 1)
print(int("  -42 "), int("+7"))
s = "a"
s += "bc"
print("parsing", s)
n = int(s)
print("unreachable", n)
