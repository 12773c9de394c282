# A variable holding a function and an int: the dynamic tier cannot box a
# function yet, so this is still a diagnostic naming both types.
def double(n):
    return n * 2


handler = double
if len("ab") > 1:
    handler = 3
print(handler)
