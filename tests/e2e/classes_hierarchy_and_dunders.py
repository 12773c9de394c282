class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return 3.14159 * self.radius * self.radius


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side * 1.0

    def __repr__(self):
        return f"Square({self.side})"


shapes = [Circle(1.0), Square(2.0), Circle(0.5)]
total = 0.0
for shape in shapes:
    print(shape.describe())
    total += shape.area()
print(round(total, 3))
print(Shape.count)
print(isinstance(shapes[0], Circle), isinstance(shapes[1], Circle), isinstance(shapes[1], Shape))
print(shapes[1])
print([shapes[1]])
s = Square(3.0)
print(s == s, s is s, s == shapes[1], s != shapes[1])


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


head = None
for i in range(5):
    node = Node(i)
    node.next = head
    head = node
n = head
total2 = 0
while n is not None:
    total2 += n.value
    n = n.next
print(total2)


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)

    def __len__(self):
        return 2


v = Vector(1, 2) + Vector(3, 4)
print(v, v == Vector(4, 6), v != Vector(4, 6), len(v))
print(str(v), repr(v)[:17])
