# Exercises json.JSONDecodeError caught as ValueError in native loops/functions with finally and error attributes.
import json

inputs = ['{"a": 1}', '{"a": }', '[1, 2, 3', 'nul', '"ok"', '{"x": [1, {"y": 2}]}', '', '[1,]', '42', '{"k": 1} extra']
attempts = 0
good = []

def parse(s):
    global attempts
    try:
        return json.loads(s)
    finally:
        attempts += 1

for idx, s in enumerate(inputs):
    try:
        v = parse(s)
    except ValueError as e:
        print(f"{idx}: {type(e).__name__} at pos {e.pos} col {e.colno}: {e}")
    else:
        good.append(v)
        print(f"{idx}: ok {type(v).__name__} -> {v!r}")
print("attempts:", attempts, "good:", len(good))
try:
    json.loads("{bad}")
except ValueError as e:
    print("direct:", str(e))
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
def strict(s):
    try:
        return json.loads(s)
    except ValueError:
        raise KeyError(s) from None
try:
    strict("[")
except KeyError as e:
    print("re-raised KeyError", str(e))
