def pick(k):
    if k:
        return "ab"
    return 3
x = pick(1)
print((x * 2).upper())
y = pick(0)
try:
    print((y * 2).upper())
except AttributeError as e:
    print("AttributeError", e)
