# A native sys.exit after CPython printed: the output comes out in order.
import sys
import json

print("before", json.dumps({"a": 1}))
print("native line")
sys.exit(4)
