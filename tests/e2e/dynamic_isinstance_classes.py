# isinstance of values of several types with classes of the program, and a
# method called on the one class family that has it.
class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Note:
    pass


items = [Square(3), "text", 4, None, Shape(), Note()]
for item in items:
    print(isinstance(item, Shape), isinstance(item, Square), isinstance(item, (Note, int)))
    if isinstance(item, Shape):
        print("area", item.area())
