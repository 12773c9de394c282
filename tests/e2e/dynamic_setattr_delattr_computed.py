# setattr/delattr with computed names and `del obj.attr` on the program's instances: a config loader
# guarded by hasattr, deleting fields, AttributeError for deleted or missing ones.
class Config:
    def __init__(self):
        self.host = "localhost"
        self.port = 80
        self.debug = False

    def describe(self):
        return f"{self.host}:{self.port} debug={self.debug}"


def load(config, pairs):
    for key, value in pairs:
        if hasattr(config, key):
            setattr(config, key, value)
        else:
            print("unknown key", key)


config = Config()
print(config.describe())
load(config, [("host", "example.org"), ("port", 8080), ("colour", "blue"), ("debug", True)])
print(config.describe())
print(type(config.port).__name__, config.port + 1 if isinstance(config.port, int) else config.port)

class Record:
    def __init__(self, a, b):
        self.a = a
        self.b = b

r = Record(1, 2)
for name in ["a", "b"]:
    delattr(r, name)
    print(name, hasattr(r, name))
try:
    delattr(r, "a")
except AttributeError as e:
    print("AttributeError:", e)
setattr(r, "a" + "", 10)
print(r.a, hasattr(r, "b"))
del r.a
try:
    print(r.a)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(r, "zzz" + "", 5)
except SystemError as e:
    print("SystemError")
