import util
import pkg
from pkg.helper import double
import sys

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)

class Thing(metaclass=Meta):
    pass

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)

print(util.greet("world"), pkg.VERSION, double(21), pkg.double(4))
print(Thing.tag)
p = Proxy([3, 1, 2])
print(p.count(1))
code = "x * 2 + y"
print(eval(code, {"x": 10, "y": 1}))
ns = {}
exec("def f(a):\n    return a ** 2\n", ns)
print(ns["f"](7))
print(__name__, __file__.endswith("m.py"))
sys.exit(3)
