# Plugin registry using getattr/setattr/hasattr on classes, instances and modules
import sys
import types


class Plugin:
    name = "base"
    priority = 0

    def run(self, text):
        return text


class Registry:
    def __init__(self):
        self._plugins = {}

    def register(self, cls):
        setattr(self, cls.name, cls)
        self._plugins[cls.name] = cls
        return cls

    def __contains__(self, name):
        return name in self._plugins

    def ordered(self):
        return sorted(self._plugins.values(), key=lambda c: (-c.priority, c.name))


registry = Registry()


@registry.register
class Upper(Plugin):
    name = "upper"
    priority = 5

    def run(self, text):
        return text.upper()


@registry.register
class Reverse(Plugin):
    name = "reverse"
    priority = 1

    def run(self, text):
        return text[::-1]


@registry.register
class Strip(Plugin):
    name = "strip"
    priority = 10

    def run(self, text):
        return text.strip()


@registry.register
class Exclaim(Plugin):
    name = "exclaim"
    priority = 1

    def run(self, text):
        return text + "!"


print([c.name for c in registry.ordered()])
text = "  hello plugins  "
for cls in registry.ordered():
    text = cls().run(text)
    print(f"after {cls.name:<8}: {text!r}")

for name in ["upper", "lower", "strip"]:
    print(name, hasattr(registry, name), name in registry, getattr(registry, name, None) is not None)

plugin_mod = types.ModuleType("textplugins")
plugin_mod.__dict__.update({"double": lambda s: s * 2, "VERSION": 2})
setattr(plugin_mod, "shout", lambda s: s.upper() + "!!")
sys.modules["textplugins"] = plugin_mod
import textplugins

for fname in ["double", "shout", "whisper"]:
    fn = getattr(textplugins, fname, None)
    print(fname, fn("ab") if callable(fn) else "not available")
print("version:", getattr(textplugins, "VERSION"), plugin_mod.__name__)
print(sorted(k for k in vars(textplugins) if not k.startswith("__")))


class Settings:
    pass


s = Settings()
for key, value in [("color", "red"), ("size", 3), ("debug", False)]:
    setattr(s, key, value)
print({k: getattr(s, k) for k in sorted(vars(s))})
delattr(s, "size")
print(hasattr(s, "size"), getattr(s, "size", "gone"))
method = getattr("text", "title")
print(method(), getattr(Upper(), "run")("ok"), Upper.__mro__[1].__name__)
