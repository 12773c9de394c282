# Review case: getattr with defaults of several types, for present and missing names.
class Holder:
    pass

h = Holder()
setattr(h, "n" + "um", 7)
print(getattr(h, "num", 0) + 1)
print(getattr(h, "absent", 0) + 1)
print(getattr(h, "absent", []) + [1])
print(getattr(h, "absent", None) is None)
d = getattr(h, "absent", {"k": 1})
print(d["k"])
name = "num"
v = getattr(h, name, "fallback")
print(v, type(v).__name__)
try:
    getattr(h, "absent2")
except AttributeError as e:
    print("AttributeError:", e)
