# getattr/hasattr with computed names on the program's instances: ae message subclass.
class Animal:
    def __init__(self):
        self.name = "x"
class Cat(Animal):
    pass
def probe(a: Animal, k: str):
    try:
        return getattr(a, k)
    except AttributeError as e:
        return "AE: " + str(e)
print(probe(Animal(), "whiskers"))
print(probe(Cat(), "whiskers"))
print(probe(Cat(), "name"))
c = Cat()
getattr(c, "purr" + "")
