# Function and class granularity (an adversarial review's program), checked
# against python3.
def make_adder(n):
    src = f"def add_{n}(x):\n    return x + {n}\n"
    ns = {}
    exec(src, ns)
    return ns[f"add_{n}"]

def make_poly(coeffs):
    terms = " + ".join(f"{c}*x**{i}" for i, c in enumerate(coeffs))
    code = f"lambda x: {terms}"
    return eval(code)

adders = [make_adder(i) for i in range(5)]
print([f(10) for f in adders])
print([f.__name__ for f in adders])
p = make_poly([1, 2, 3])
print([p(x) for x in range(6)])
s = 0
for i in range(3000):
    s += adders[i % 5](i)
print(s)
fs = sorted(adders, key=lambda f: -f(0))
print([f(0) for f in fs])
