# `%` formatting with CPython objects among the values: CPython formats.
import json
d = json.loads('{"a": 1, "b": "x", "f": 2.5}')
print("%s and %d" % (d["b"], d["a"]))
print("value: %s" % d["b"])
print("%05.1f|%r|%x" % (d["f"], d["b"], d["a"] + 254))
msg = "%s-%s" % (d["b"], 7)
print(msg.upper(), len(msg))
try:
    print("%d" % d["b"])
except TypeError as e:
    print("TypeError", e)
print("%s" % (d,))
