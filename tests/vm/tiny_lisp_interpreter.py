# A tiny Lisp interpreter: tokenize, parse to nested lists, eval with environments
import math
import operator as op


class Symbol(str):
    pass


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()


def parse(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    return atom(tok)


def atom(tok):
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"unbound symbol: {name}")
        return self.outer.find(name)


def standard_env():
    env = Env()
    env.update({
        "+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, ">": op.gt,
        "=": op.eq, "<=": op.le, "abs": abs, "sqrt": math.sqrt,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y,
        "list": lambda *xs: list(xs), "null?": lambda x: x == [], "length": len,
    })
    return env


class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))


def evaluate(x, env):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    head = x[0]
    if head == "quote":
        return x[1]
    if head == "if":
        _, test, conseq, alt = x
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if head == "define":
        env[x[1]] = evaluate(x[2], env)
        return None
    if head == "lambda":
        return Procedure(x[1], x[2], env)
    if head == "begin":
        result = None
        for expr in x[1:]:
            result = evaluate(expr, env)
        return result
    proc = evaluate(head, env)
    return proc(*[evaluate(arg, env) for arg in x[1:]])


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)


program = [
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 10)",
    "(fact 25)",
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
    "(fib 15)",
    "(define map (lambda (f xs) (if (null? xs) (quote ()) (cons (f (car xs)) (map f (cdr xs))))))",
    "(map fib (list 1 2 3 4 5 6 7 8))",
    "(define make-adder (lambda (n) (lambda (x) (+ x n))))",
    "(define add5 (make-adder 5))",
    "(add5 37)",
    "(map (lambda (x) (* x x)) (quote (1 2 3 4)))",
    "(begin (define r 10) (* 3.14159 (* r r)))",
    "(if (> (sqrt 50) 7) (quote big) (quote small))",
    "(length (quote (a b (c d) e)))",
    "(= (fact 5) 120)",
    "(undefined 1)",
    "(+ 1 2",
]
env = standard_env()
for line in program:
    try:
        result = evaluate(parse(tokenize(line)), env)
        if result is not None:
            print(f"{line[:48]:<48} => {to_str(result)}")
        else:
            print(f"{line[:48]:<48} ok")
    except (NameError, SyntaxError, IndexError) as e:
        print(f"{line[:48]:<48} !! {type(e).__name__}: {e}")
print(sorted(k for k in env if k.isalpha()))
