# Slicing CPython objects (lists and strs that re returns) from native code.
import re
parts = re.split(r",", "a,b,c,d,e")
print(parts[1:], parts[::2], parts[-2:])
s = re.sub("x", "y", "xxhello")
print(s[2:], s[:-1])
