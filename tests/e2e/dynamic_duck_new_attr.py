# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): new attr.
class A:
    def __init__(self):
        self.x = 1
class B:
    def __init__(self):
        self.y = 2
objs = [A(), B()]
for o in objs:
    o.tag = "t" + type(o).__name__
for o in objs:
    print(o.tag)
print(objs[0].x, objs[1].y)
objs[1].x = 99
print(objs[1].x)
try:
    print(objs[0].y)
except AttributeError as e:
    print(e)
