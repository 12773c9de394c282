# The value of `yield from` a CPython generator (its return value) is not
# fetched natively yet: refused, so the program runs in CPython and is right.
import json
def tokens():
    x = locals()
    yield 1
    return "done"
def nat():
    r = yield from tokens()
    yield r
def plain():
    yield from json.loads("[1, 2]")
print(list(nat()), list(plain()))
