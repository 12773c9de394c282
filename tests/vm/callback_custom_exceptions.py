# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import re
import json
import functools

class BadRow(Exception):
    pass

class Deep(BadRow):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code

rows = json.loads('[{"a": 1}, {"a": 2}, {"b": 3}]')
def key(r):
    if "a" not in r:
        raise BadRow("missing a in " + json.dumps(r))
    return r["a"]
try:
    sorted(rows, key=key)
except BadRow as e:
    print("caught", type(e).__name__, e)

def red(a, b):
    if b > 2:
        raise Deep(b)
    return a + b
try:
    functools.reduce(red, json.loads("[1,2,3,4]"))
except BadRow as e:
    print("caught", type(e).__name__, e, e.code, isinstance(e, Deep))

def r2(m):
    raise ValueError("bad " + m.group(0))
try:
    re.sub("x", r2, "axb")
except ValueError as e:
    print("VE", e)
try:
    re.sub("x", r2, "ab")
    print("no match, no call")
except ValueError:
    print("unexpected")
try:
    max(rows, key=lambda r: r["zzz"])
except KeyError as e:
    print("KE", repr(e), str(e))
try:
    sorted(json.loads('[1,2,0]'), key=lambda x: 10 // x)
except ZeroDivisionError as e:
    print("ZD", e)
