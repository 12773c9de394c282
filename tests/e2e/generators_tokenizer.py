class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return self.kind + ":" + self.text


def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            start = i
            while i < n and (src[i].isdigit() or src[i] == "."):
                i += 1
            yield Token("NUM", src[start:i])
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield Token("NAME", src[start:i])
        elif ch in "+-*/()=":
            yield Token("OP", ch)
            i += 1
        else:
            raise ValueError("bad character " + repr(ch) + " at " + str(i))
    yield Token("EOF", "")


class Parser:
    def __init__(self, src, env):
        self.tokens = tokenize(src)
        self.cur = next(self.tokens)
        self.env = env

    def advance(self):
        self.cur = next(self.tokens, Token("EOF", ""))

    def expr(self):
        value = self.term()
        while self.cur.kind == "OP" and self.cur.text in "+-":
            op = self.cur.text
            self.advance()
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.atom()
        while self.cur.kind == "OP" and self.cur.text in "*/":
            op = self.cur.text
            self.advance()
            rhs = self.atom()
            value = value * rhs if op == "*" else value / rhs
        return value

    def atom(self):
        tok = self.cur
        self.advance()
        if tok.kind == "NUM":
            return float(tok.text)
        if tok.kind == "NAME":
            return self.env[tok.text]
        if tok.text == "(":
            v = self.expr()
            self.advance()
            return v
        if tok.text == "-":
            return -self.atom()
        raise ValueError("unexpected " + repr(tok))


print(list(tokenize("x = 3.5 * (y_1 + 42)")))
env = {"x": 2.0, "y": 10.0}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * y - 4 / 2", "-x + (y - 1) * 0.5"]:
    print(src, "=>", Parser(src, env).expr())
kinds = {}
for t in tokenize("a + b * (c - 12) / d2"):
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
try:
    for t in tokenize("3 + 4 $ 5"):
        print("tok", t)
except ValueError as e:
    print("error:", e)
