# An expression evaluator: a tokenizer, a recursive-descent parser building
# node classes, evaluation with variables, and error reporting.
class Node:
    def evaluate(self, env):
        raise NotImplementedError("evaluate")

    def __repr__(self):
        return self.show()

    def show(self):
        return "?"


class Number(Node):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Name(Node):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        if self.name not in env:
            raise NameError(f"name '{self.name}' is not defined")
        return env[self.name]

    def show(self):
        return self.name


class Binary(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if b == 0:
            raise ZeroDivisionError("division by zero in " + self.show())
        return a / b

    def show(self):
        return f"({self.left.show()} {self.op} {self.right.show()})"


class ParseError(Exception):
    def __init__(self, message, position):
        super().__init__(f"{message} at {position}")
        self.position = position


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            tokens.append(("num", text[start:i], start))
        elif ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            tokens.append(("name", text[start:i], start))
        elif ch in "+-*/()":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(("end", "", len(text)))
    return tokens


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.index = 0

    def peek(self):
        return self.tokens[self.index]

    def advance(self):
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expression(self):
        node = self.term()
        while self.peek()[1] in ("+", "-") and self.peek()[0] == "op":
            op = self.advance()[1]
            node = Binary(op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/") and self.peek()[0] == "op":
            op = self.advance()[1]
            node = Binary(op, node, self.factor())
        return node

    def factor(self):
        kind, text, position = self.advance()
        if kind == "num":
            return Number(float(text))
        if kind == "name":
            return Name(text)
        if text == "(":
            node = self.expression()
            if self.advance()[1] != ")":
                raise ParseError("expected ')'", position)
            return node
        raise ParseError(f"unexpected {text or 'end'}", position)


env = {"x": 3.0, "y": 4.0}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "x * x + y * y", "x / (y - 4)", "2 * z", "3 + $", "(1 + 2", "10 / 4 - 0.5"]:
    try:
        tree = Parser(source).expression()
        print(f"{source:>14} => {tree!r:<28} = {tree.evaluate(env)}")
    except ParseError as e:
        print(f"{source:>14} => parse error: {e} (position {e.position})")
    except (ZeroDivisionError, NameError) as e:
        print(f"{source:>14} => {type(e).__name__}: {e}")
