# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import re

depth_log = []
def inner(m):
    depth_log.append(("inner", m.group(0)))
    return m.group(0)[::-1]
def outer(m):
    depth_log.append(("outer", m.group(1)))
    return "[" + re.sub(r"[a-z]+", inner, m.group(1)) + "]"
s = "(abc def) plain (ghi)"
print(re.sub(r"\(([^)]*)\)", outer, s))
print(depth_log)
def nest(s, d):
    if d == 0:
        return s
    return re.sub(r"\w", lambda m: nest(m.group(0) * 2, d - 1), s)
print(nest("ab", 3))
r = nest("xyz", 5)
print(len(r))
