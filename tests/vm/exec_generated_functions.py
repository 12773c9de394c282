# Building functions and classes at runtime with exec() and generated source
import textwrap


def make_accessors(fields):
    src_lines = []
    for f in fields:
        src_lines.append(f"def get_{f}(obj):\n    return obj[{f!r}]\n")
        src_lines.append(f"def set_{f}(obj, value):\n    obj[{f!r}] = value\n    return obj\n")
    namespace = {}
    exec("\n".join(src_lines), namespace)
    return {k: v for k, v in namespace.items() if not k.startswith("__")}


acc = make_accessors(["name", "age", "city"])
print(sorted(acc))
record = {"name": "Lena", "age": 31, "city": "Oslo"}
print(acc["get_name"](record), acc["get_age"](record))
acc["set_age"](record, 32)
acc["set_city"](record, "Bergen")
print(record)


def make_polynomial(coeffs):
    terms = " + ".join(f"{c} * x ** {i}" for i, c in enumerate(coeffs))
    src = f"def poly(x):\n    return {terms}\n"
    ns = {}
    exec(src, ns)
    return ns["poly"], src


poly, src = make_polynomial([1, -3, 0, 2])
print(src.strip())
print([poly(x) for x in range(-2, 4)])

class_src = textwrap.dedent("""
    class Counter:
        def __init__(self, start=0):
            self.value = start
        def bump(self, by=1):
            self.value += by
            return self
        def __repr__(self):
            return f"Counter({self.value})"
""")
ns = {}
exec(class_src, ns)
Counter = ns["Counter"]
c = Counter(10).bump().bump(5)
print(c, Counter.__name__)

env = {"total": 0}
for i in range(1, 6):
    exec(f"total += {i} ** 2", env)
print("sum of squares:", env["total"])

local_ns = {}
exec("a = 6\nb = 7\nproduct = a * b\nnames = sorted(k for k in dir() if not k.startswith('_'))", {}, local_ns)
print(local_ns["product"], local_ns["names"])

ops = {"add": "+", "sub": "-", "mul": "*", "floordiv": "//"}
funcs = {}
for name, sym in ops.items():
    exec(f"def {name}(a, b):\n    return a {sym} b", funcs)
for name in ops:
    print(name, funcs[name](17, 5))
