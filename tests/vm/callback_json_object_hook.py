# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import json

seen_keys = []
def hook(d):
    seen_keys.append(tuple(sorted(d.keys())))
    if "x" in d and "y" in d:
        return (d["x"], d["y"])
    return d
s = '{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "meta": {"n": 2}}'
obj = json.loads(s, object_hook=hook)
print(obj)
print(seen_keys)
pairs = json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda ps: tuple(ps))
print(pairs)
print(json.loads('[1.5, 2.25]', parse_float=lambda s: "F" + s))
print(json.loads('[10, 20]', parse_int=lambda s: int(s) + 1))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
class Skip(Exception):
    pass
def bad_hook(d):
    if "bad" in d:
        raise Skip("bad key present")
    return d
try:
    json.loads('[{"ok": 1}, {"bad": 2}]', object_hook=bad_hook)
except Skip as e:
    print("Skip:", e)
def default(o):
    return "<" + type(o).__name__ + ">"
print(json.dumps({"a": {1, 2}.__class__.__name__}, default=default))
print(json.dumps([{1, 2}, {3}], default=lambda o: tuple(sorted(o))))
