# getattr/hasattr with computed names on the program's instances: serializer.
class Point:
    fields = ["x", "y"]
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Person:
    fields = ["name", "age", "email"]
    def __init__(self, name, age, email=None):
        self.name = name
        self.age = age
        self.email = email

def serialize(obj, fields):
    parts = []
    for f in fields:
        v = getattr(obj, f)
        parts.append(f + "=" + repr(v))
    return "{" + ", ".join(parts) + "}"

print(serialize(Point(1, 2), Point.fields))
print(serialize(Person("ann", 31), Person.fields))
print(serialize(Person("bob", 40, "b@x.org"), Person.fields))
