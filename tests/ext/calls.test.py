import calls

print(calls.scale(2.0), calls.scale(2.0, 4.0), calls.scale(2.0, offset=1.5), calls.scale(value=1.0, factor=0.5))
print(calls.greet("dee"), calls.greet("eve", "hey"), calls.greet("fay", punctuation="?"), calls.greet("gus", "yo", "!"))
print(calls.window([5, 6, 7, 8, 9]), calls.window([5, 6, 7], size=1))
for bad in [lambda: calls.scale(), lambda: calls.scale(1.0, 2.0, 3.0, 4.0), lambda: calls.greet("x", nope=1), lambda: calls.scale(1.0, factor=2.0, value=3.0)]:
    try:
        bad()
    except TypeError as error:
        print("TypeError:", error)
print(calls.only_none(), calls.only_none(None))
print(calls.positional_only(4), calls.positional_only(4, 5), calls.positional_only(4, 5, c=6), calls.positional_only(4, c=6))
for bad in [lambda: calls.positional_only(1, b=9), lambda: calls.positional_only(a=1)]:
    try:
        bad()
    except TypeError as error:
        print("TypeError:", error)
try:
    calls.always_fails(7)
except RuntimeError as error:
    print("RuntimeError:", error)
print(calls.NOTHING)
