# Function and class granularity (an adversarial review's program), checked
# against python3.
class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            PluginMeta.registry[ns.get("key", name.lower())] = cls
        return cls

class Plugin(metaclass=PluginMeta):
    def run(self, x):
        raise NotImplementedError

class Doubler(Plugin):
    key = "dbl"
    def run(self, x):
        return x * 2

class Squarer(Plugin):
    def run(self, x):
        return x * x

def apply_all(values):
    out = []
    for k in sorted(PluginMeta.registry):
        p = PluginMeta.registry[k]()
        out.append((k, [p.run(v) for v in values]))
    return out

def main():
    res = apply_all([1, 2, 3])
    for k, vs in res:
        print(k, vs, sum(vs))
    d = Doubler()
    print(type(d).__name__, isinstance(d, Plugin), Doubler.key)
    try:
        Plugin().run(1)
    except NotImplementedError as e:
        print("NIE", repr(e))
    print(len(PluginMeta.registry))

main()
