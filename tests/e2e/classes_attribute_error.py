# Reading an attribute no assignment has set raises AttributeError.


class Point:
    def __init__(self, x, y):
        self.x = x
        if y > 0:
            self.y = y


p = Point(1, 2)
print(p.x + p.y)
q = Point(3, -1)
print(q.x)
print(q.y)
