# Metaclasses that register subclasses and automatically add attributes
class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            key = namespace.get("key", name.lower())
            cls.key = key
            mcls.registry[key] = cls
        cls.field_names = tuple(k for k, v in namespace.items() if isinstance(v, Field))
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        type(cls).instances = getattr(type(cls), "instances", 0) + 1
        return inst

    def __repr__(cls):
        return f"<model {cls.__name__}>"


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default


class Model(metaclass=RegistryMeta):
    def __init__(self, **values):
        for fname in self.field_names:
            field = getattr(type(self), fname)
            value = values.get(fname, field.default)
            if value is not None and not isinstance(value, field.kind):
                raise TypeError(f"{fname} must be {field.kind.__name__}")
            self.__dict__[fname] = value

    def describe(self):
        parts = ", ".join(f"{f}={self.__dict__[f]!r}" for f in self.field_names)
        return f"{type(self).__name__}({parts})"


class User(Model):
    name = Field(str)
    age = Field(int, 0)


class Product(Model):
    key = "item"
    title = Field(str)
    price = Field(float, 0.0)
    stock = Field(int, 0)


class AutoNamed(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.display_name = " ".join(w for w in __import__("re").findall(r"[A-Z][a-z]*", name))
        for attr, value in list(ns.items()):
            if attr.startswith("calc_"):
                setattr(cls, attr[5:] + "_doubled", (lambda f: lambda self: 2 * f(self))(value))


class HttpRequestHandler(metaclass=AutoNamed):
    def calc_size(self):
        return 21


print(sorted(RegistryMeta.registry))
print(RegistryMeta.registry["user"], RegistryMeta.registry["item"])
print(User.field_names, Product.field_names, User.key, Product.key)
u = User(name="ines", age=40)
p = Product(title="lamp", price=19.5)
print(u.describe())
print(p.describe())
try:
    User(name=5)
except TypeError as e:
    print("TypeError:", e)
print("instances created:", RegistryMeta.instances)
print(type(User).__name__, isinstance(User, RegistryMeta), issubclass(RegistryMeta, type))
h = HttpRequestHandler()
print(HttpRequestHandler.display_name, h.size_doubled(), h.calc_size())
for key, cls in sorted(RegistryMeta.registry.items()):
    print(f"  {key}: {cls.__name__} fields={list(cls.field_names)} mro={[c.__name__ for c in cls.__mro__]}")


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, n):
        self.n = n


print(Config(1).n, Config(2).n, Config(3) is Config(4))
