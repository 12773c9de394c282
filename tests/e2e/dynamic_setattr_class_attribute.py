# setattr of class attributes through an instance makes them the instance's own.
class Config:
    debug = False
    level = 1
    def __init__(self):
        self.name = "app"

c = Config()
for key, value in [("debug", True), ("level", 3)]:
    setattr(c, key, value)
print(c.debug, c.level, Config.debug, Config.level, c.name)
delattr(c, "de" + "bug")
print(c.debug)
