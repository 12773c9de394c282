# setattr with computed names the program never assigns by name: each
# instance keeps them apart from its fields (a dict of boxed values), and
# getattr, hasattr, delattr and plain attribute reads find them, as CPython's
# instance dict does.


class Config:
    defaults = 0

    def __init__(self, **options):
        self.name = "default"
        for key, value in options.items():
            setattr(self, key, value)

    def describe(self):
        return f"{self.name}: debug={getattr(self, 'debug', False)} level={getattr(self, 'level', None)}"


class ServerConfig(Config):
    def address(self):
        return f"{self.host}:{self.port}"


def load(pairs):
    config = Config()
    for key, value in pairs:
        setattr(config, key, value)
    return config


c = Config(name="app", debug=True, level=3)
print(c.describe(), c.level, c.debug)
print(hasattr(c, "level"), hasattr(c, "missing"), hasattr(c, "name"), hasattr(c, "describe"))
delattr(c, "level")
print(hasattr(c, "level"), c.describe())
try:
    print(c.level)
except AttributeError as error:
    print("AttributeError:", error)
try:
    delattr(c, "level")
except AttributeError as error:
    print("AttributeError:", error)

server = ServerConfig(host="localhost", port=8080)
print(server.address(), server.name, server.describe())
server.port = 9090 if False else server.port
print(server.port + 1)

loaded = load([("retries", 3), ("ratio", 0.5), ("tags", ["a", "b"]), ("owner", None)])
print(loaded.retries * 2, loaded.ratio, loaded.tags, loaded.owner)
tags = loaded.tags
tags.append("c")
print(loaded.tags, len(loaded.tags))
for name in ["retries", "ratio", "owner", "nothing"]:
    print(name, getattr(loaded, name, "<unset>"))

# Many objects, and garbage in between: the extras stay reachable.
configs = []
for index in range(300):
    made = Config(name=f"c{index}", weight=index * 1.5, label=str(index) * 3)
    configs.append(made)
    scratch = [str(k) * 10 for k in range(50)]
print(sum(config.weight for config in configs), configs[123].label, configs[299].name)
