# Function and class granularity (an adversarial review's program), checked
# against python3.
class Registry:
    handlers = {}
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.handlers[tag or cls.__name__] = cls
    def __init__(self, scale):
        self.scale = scale
    def __repr__(self):
        return f"{type(self).__name__}(scale={self.scale})"

class Add(Registry, tag="add"):
    def handle(self, a, b):
        return (a + b) * self.scale

class Mul(Registry, tag="mul"):
    def handle(self, a, b):
        return a * b * self.scale

def dispatch(op, a, b, scale=1):
    cls = Registry.handlers[op]
    return cls(scale).handle(a, b)

total = 0
for i in range(2000):
    total += dispatch("add" if i % 2 else "mul", i, i + 1, i % 3)
print(total)
objs = [Registry.handlers[k](i) for i, k in enumerate(sorted(Registry.handlers))]
print(objs)
print(sorted(Registry.handlers))
