# getattr/setattr with a literal attribute name are plain attribute accesses.
class Dog:
    def __init__(self):
        self.name = "rex"
        self.age = 3

d = Dog()
print(getattr(d, "name"), getattr(d, "age") + 1)
setattr(d, "age", 4)
print(d.age)
try:
    print(getattr(d, "color"))
except AttributeError as e:
    print("AttributeError", e)
import math
print(getattr(math, "pi"))
