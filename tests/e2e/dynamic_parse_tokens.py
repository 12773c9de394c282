# A parser returning int, None or str; a variable rebound to another type; a
# list of mixed values iterated with isinstance and is-None dispatch.
def parse(token):
    if token.isdigit():
        return int(token)
    if token == "none":
        return None
    return token


x = 1
print(x)
x = "one"
print(x)
values = [parse(t) for t in "12 abc none 7 x".split()]
print(values)
for v in values:
    if v is None:
        print("nothing")
    elif isinstance(v, int):
        print("number", v + 1, v * 2.5)
    else:
        print("word", v)
mixed = [3, "a", 2.5, True, None]
print(mixed, len(mixed))
print(mixed[1] == "a", mixed[0] < 4, mixed[2] == 2.5)
