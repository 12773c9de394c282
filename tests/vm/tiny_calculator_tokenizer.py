# A tiny calculator: tokenizer + recursive-descent parser, checked against eval()
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


def tokenize(text):
    tokens = []
    for number, op in TOKEN.findall(text):
        if number:
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif op.strip():
            tokens.append(("op", op))
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        kind, v = self.take()
        if v != value:
            raise SyntaxError(f"expected {value!r}, got {v!r}")

    def parse(self):
        value = self.expr()
        if self.peek()[0] != "end":
            raise SyntaxError(f"trailing input at token {self.pos}")
        return value

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        kind, v = self.take()
        if kind == "num":
            return v
        if v == "(":
            value = self.expr()
            self.expect(")")
            return value
        raise SyntaxError(f"unexpected {v!r}")


cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "17 % 5 * 2",
         "((2))", "3.5 * 2", "-(2 + 3) * -2", "1 - 2 - 3", "8 / 2 / 2",
         "2 * (3 + 4) ^ 2", "1 +", "(1 + 2", "4 / 0", "1 2"]
agree = 0
for c in cases:
    try:
        ours = Parser(c).parse()
    except SyntaxError as e:
        print(f"{c:<18} syntax error: {e}")
        continue
    except ZeroDivisionError:
        print(f"{c:<18} division by zero")
        continue
    py = eval(c.replace("^", "**"))
    agree += ours == py
    print(f"{c:<18} = {ours!r:<8} python: {py!r}")
print("agreements:", agree)
print(tokenize("12+3.25*(x)"))
