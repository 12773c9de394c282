# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): dict plugins.
class Upper:
    def run(self, s):
        return s.upper()
class Rev:
    def run(self, s):
        return s[::-1]
class Count:
    def __init__(self):
        self.n = 0
    def run(self, s):
        self.n += 1
        return f"{s}#{self.n}"
plugins = {"up": Upper(), "rev": Rev(), "count": Count()}
for name in ["up", "rev", "count", "count", "up"]:
    print(name, plugins[name].run("hello"))
print(plugins["count"].n)
p = plugins.get("missing")
try:
    p.run("x")
except AttributeError as e:
    print(e)
for k, v in sorted(plugins.items()):
    print(k, v.run("ab"))
