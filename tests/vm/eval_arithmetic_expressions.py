# eval() of arithmetic expressions from strings with restricted namespaces
import math

expressions = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 10 - 1",
    "7 // 2 + 7 % 2",
    "abs(-5) + max(3, 9, 4)",
    "sqrt(16) + pi / pi",
    "round(e, 4)",
    "sum(x * x for x in range(5))",
    "[n for n in range(20) if n % 7 == 3]",
    "'ab' * 3 + 'c'",
    "10 / 4",
    "hypot(3, 4)",
    "1 / 0",
    "undefined_name + 1",
    "2 +",
]

safe = {"__builtins__": {}, "abs": abs, "max": max, "min": min, "round": round,
        "sum": sum, "range": range, "sqrt": math.sqrt, "pi": math.pi, "e": math.e,
        "hypot": math.hypot}

for expr in expressions:
    try:
        result = eval(expr, safe)
        print(f"{expr:<40} = {result!r}")
    except ZeroDivisionError as exc:
        print(f"{expr:<40} ! ZeroDivisionError: {exc}")
    except NameError as exc:
        print(f"{expr:<40} ! NameError: {exc}")
    except SyntaxError as exc:
        print(f"{expr:<40} ! SyntaxError: {exc.msg}")

variables = {"x": 3, "y": 4}
for formula in ["x + y", "x * y - 2", "(x ** 2 + y ** 2) ** 0.5", "x > y", "[x] * y"]:
    print(formula, "->", eval(formula, {"__builtins__": {}}, variables))

table = [(x, eval("x*x - 4*x + 3", {"x": x})) for x in range(6)]
print(table)
roots = [x for x, v in table if v == 0]
print("roots:", roots)
print(eval(repr({"a": [1, 2.5, None], "b": (True, "s")})))
