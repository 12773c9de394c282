# Definitions that would need a module of the program inside CPython cannot
# run alone: the whole program runs in CPython, with its modules frozen.
from helper import double, COUNT
import helper


def evaluate(text):
    return eval(text, {"double": double, "n": COUNT})


class Lazy:
    def __getattr__(self, name):
        import helper
        return helper.double(len(name))


def uses_module(x):
    return eval("x + 1") + helper.COUNT


print(evaluate("double(n)"), double(21))
print(Lazy().abc)
print(uses_module(1))
