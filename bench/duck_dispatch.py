# The dynamic tier's duck typing and computed attribute names: an
# expression tree of unrelated node classes evaluated through their
# `evaluate` methods, a list of shapes of three classes summed through
# `area()`, and a command dispatcher that finds its handlers with
# `getattr(self, "cmd_" + name)`.


class Num:
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env[self.name]


class Add:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def evaluate(self, env):
        return self.left.evaluate(env) + self.right.evaluate(env)


class Mul:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def evaluate(self, env):
        return self.left.evaluate(env) * self.right.evaluate(env)


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Triangle:
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return 0.5 * self.b * self.h


class Machine:
    def __init__(self):
        self.total = 0
        self.steps = 0

    def cmd_add(self, amount):
        self.total += amount

    def cmd_sub(self, amount):
        self.total -= amount

    def cmd_double(self, amount):
        self.total = self.total * 2 % 1000003

    def run(self, name, amount):
        self.steps += 1
        handler = getattr(self, "cmd_" + name, None)
        if handler is None:
            return False
        handler(amount)
        return True


def main():
    tree = Add(Mul(Var("x"), Num(3)), Add(Var("y"), Mul(Num(2), Var("x"))))
    checksum = 0
    for i in range(200000):
        checksum += tree.evaluate({"x": i % 100, "y": i % 7})
    shapes = []
    for i in range(300):
        if i % 3 == 0:
            shapes.append(Circle(i % 10 + 1.0))
        elif i % 3 == 1:
            shapes.append(Square(i % 7 + 1.0))
        else:
            shapes.append(Triangle(i % 5 + 1.0, 2.0))
    total_area = 0.0
    for _ in range(1000):
        for shape in shapes:
            total_area += shape.area()
    machine = Machine()
    names = ["add", "sub", "double", "noop", "add"]
    handled = 0
    for i in range(300000):
        if machine.run(names[i % 5], i % 13):
            handled += 1
    print(checksum, round(total_area, 2), machine.total, handled, machine.steps)


main()
