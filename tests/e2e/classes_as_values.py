# Classes used as values: compared by identity, named, printed and kept in
# containers; and the class of an exception a `with` statement hands __exit__.

class Shape:
    pass


class Circle(Shape):
    pass


kinds = [Shape, Circle, Shape]
print(kinds)
print(kinds[1].__name__, kinds[0] is Shape, kinds[1] is Shape, kinds[1] == Circle)
print(str(Circle), repr(Shape), f"{Circle}!")
print(ValueError, KeyError is LookupError)
registry = {Shape: "shape", Circle: "circle"}
print(registry[Circle], len(registry))
chosen = Circle
if chosen is not Shape:
    print("chosen:", chosen.__name__)


class Expect:
    def __init__(self, expected):
        self.expected = expected

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("nothing raised, expected", self.expected.__name__)
            return False
        print("raised", exc_type.__name__, "expected", self.expected.__name__, "match:", exc_type is self.expected)
        return exc_type is self.expected


with Expect(ZeroDivisionError):
    print(1 // 0)
with Expect(KeyError):
    print("fine")
try:
    with Expect(KeyError):
        [][1]
except IndexError as error:
    print("escaped:", error)
try:
    sorted([Shape, Circle])
except TypeError as error:
    print("TypeError:", error)
print(Shape.__name__, ValueError.__qualname__, Circle.__name__ == kinds[1].__name__)
