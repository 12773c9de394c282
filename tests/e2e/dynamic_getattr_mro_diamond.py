# getattr/hasattr with computed names on the program's instances: mro diamond.
class Base:
    color = "base"
    def who(self):
        return "Base"
class Left(Base):
    color = "left"
    def who(self):
        return "Left"
class Right(Base):
    color = "right"
    size = 10
    def who(self):
        return "Right"
    def only_right(self):
        return "R!"
class Child(Left, Right):
    pass

c = Child()
for n in ["color", "size", "who", "only_right", "nope"]:
    v = getattr(c, n, None)
    if n in ("who", "only_right"):
        print(n, v())
    else:
        print(n, v)
