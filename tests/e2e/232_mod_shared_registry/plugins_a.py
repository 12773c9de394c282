import registry
print("plugins_a loading; registry count", registry.count())
registry.register("upper", 1)


def setup():
    registry.register("reverse", 2)


def run_all(s):
    return [registry.lookup(n, s) for n in ["upper", "reverse"]]
