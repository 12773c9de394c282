import json
import re

data = json.loads('{"a": [1, 2, 3], "b": {"c": "hello"}}')
print(data["a"], data["b"]["c"])
print(json.dumps(data, sort_keys=True))
print(re.findall(r"\d+", "a1b22c333"))
import sys
print(len(sys.argv))
try:
    json.loads("{bad")
except ValueError as e:
    print("ValueError", type(e).__name__)
raise KeyError("x")
