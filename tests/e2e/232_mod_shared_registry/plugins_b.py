import registry
from registry import register
print("plugins_b loading; registry count", registry.count())
register("double", 3)


def setup():
    register("len3", 4)
    register("upper", 1)


def run_all(s):
    return [registry.lookup(n, s) for n in registry.names()]
