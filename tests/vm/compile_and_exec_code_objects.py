# compile() in exec/eval/single modes, inspecting code objects, and running them
import dis

source = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

results = [fib(i) for i in range(12)]
"""

code = compile(source, "<generated>", "exec")
print(type(code).__name__, code.co_filename)
print("names:", sorted(code.co_names))
ns = {}
exec(code, ns)
print(ns["results"])
print(ns["fib"].__code__.co_varnames)
print(ns["fib"].__code__.co_argcount, ns["fib"].__name__)

expr_code = compile("x ** 2 + y", "<expr>", "eval")
for x, y in [(1, 1), (2, 3), (10, -100)]:
    print(f"x={x} y={y} ->", eval(expr_code, {"x": x, "y": y}))

try:
    compile("def broken(:\n    pass", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, "line", e.lineno, e.filename)

try:
    compile("a = 1", "<x>", "eval")
except SyntaxError as e:
    print("eval mode rejects statements:", e.msg)

snippets = ["total = sum(range(101))", "words = 'the quick brown fox'.split()",
            "longest = max(words, key=len)", "caps = [w.upper() for w in words]"]
shared = {}
for i, s in enumerate(snippets):
    exec(compile(s, f"<snippet {i}>", "exec"), shared)
print(shared["total"], shared["longest"], shared["caps"])

ops = sorted({ins.opname for ins in dis.get_instructions(expr_code)} & {"BINARY_OP", "LOAD_NAME", "RETURN_VALUE"})
print("opcodes present:", ops)
co = compile("lambda a, b=2: a * b", "<lam>", "eval")
f = eval(co)
print(f(5), f(5, 3), f.__defaults__)
print(eval(compile("[i for i in range(3)]", "<c>", "eval")))
