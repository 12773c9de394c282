# getattr/hasattr with computed names on the program's instances: config defaults.
class Config:
    verbose = False
    level = 3
    def __init__(self, **kw):
        for k in kw:
            pass
        self.name = "default"

class DevConfig(Config):
    verbose = True
    def __init__(self):
        super().__init__()
        self.debug_port = 5678

keys = ["verbose", "level", "name", "debug_port", "timeout"]
for cfg in [Config(), DevConfig()]:
    for k in keys:
        print(type(cfg).__name__, k, getattr(cfg, k, "<unset>"))
