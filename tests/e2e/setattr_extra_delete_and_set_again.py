# Review case: Extra attributes deleted (delattr, del) and set again.
class Slot:
    def __init__(self):
        self.fixed = 1

s = Slot()
key = "temp"
setattr(s, key, [1, 2])
print(s.temp)
delattr(s, key)
print(hasattr(s, "temp"))
try:
    s.temp
except AttributeError as e:
    print("gone:", e)
setattr(s, key, {"x": 1})
print(s.temp)
del s.temp
print(getattr(s, "temp", "default"))
setattr(s, key, "third")
print(s.temp, s.fixed)
try:
    delattr(s, "never")
except AttributeError as e:
    print("del failed:", e)
