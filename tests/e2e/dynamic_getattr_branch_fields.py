# getattr/hasattr with computed names on the program's instances: branch fields.
class Lazy:
    def __init__(self, eager):
        self.eager = eager
        if eager:
            self.value = 42
    def compute(self):
        self.value = 99

def key(s):
    return s

for eager in [True, False]:
    o = Lazy(eager)
    k = key("value")
    print(eager, hasattr(o, k), getattr(o, k, None))
    o.compute()
    print(eager, hasattr(o, k), getattr(o, k, None))
o = Lazy(False)
try:
    print(getattr(o, key("value")))
except AttributeError as e:
    print("AE:", e)
print(getattr(o, key("value")))
