# The uses of an instance dict native code accepts: printed, copied,
# compared, looked up, iterated by a loop that changes no attribute, and
# vars() of a value that may be None.
class Config:
    def __init__(self, name, debug=False, level=None):
        self.name = name
        if debug:
            self.debug = True
        self.level = level if level is not None else 3
        self.tags = []

    def describe(self):
        parts = []
        for key, value in vars(self).items():
            parts.append(f"{key}={value!r}")
        return ", ".join(parts)

    def keys(self):
        return sorted(self.__dict__)

    def as_dict(self):
        return dict(self.__dict__)

    def __eq__(self, other):
        return vars(self) == vars(other)


a = Config("alpha")
b = Config("beta", debug=True, level=7)
print(a.describe())
print(b.describe())
print(a.keys(), b.keys())
print(a.as_dict())
a.extra = 1.5
print(vars(a))
print(len(vars(a)), "extra" in vars(a), "nope" not in a.__dict__)
print(a.__dict__.get("level"), a.__dict__.get("zzz", "default"))
print(a == Config("alpha"), Config("x") == Config("x"))
del a.name
print(vars(a))
a.name = "again"
print(list(vars(a).keys()), list(vars(a).values()))
print({k: type(v).__name__ for k, v in vars(b).items()})
print([k.upper() for k in vars(b)])
print(str(vars(b)), repr(b.__dict__))
maybe = None
for i in range(2):
    maybe = b if i else None
    if maybe is not None:
        print(vars(maybe))
try:
    print(vars(maybe if False else None))
except TypeError as e:
    print("TypeError", e)
