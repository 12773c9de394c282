# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import functools
import json
import re

def two(a, b):
    return a + b
def one(a):
    return a
data = json.loads("[3, 1, 2]")
try:
    sorted(data, key=two)
except TypeError as e:
    print("1", e)
try:
    functools.reduce(one, data)
except TypeError as e:
    print("2", e)
try:
    re.sub("a", lambda: "x", "abc")
except TypeError as e:
    print("3", e)
try:
    list(map(two, data))
except TypeError as e:
    print("4", e)
try:
    print(list(map(two, data, data)))
except TypeError as e:
    print("5", e)
f = lambda x, y, z: x
try:
    max(data, key=f)
except TypeError as e:
    print("6", e)
