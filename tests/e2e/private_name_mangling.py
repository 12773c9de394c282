# Private names (`__secret`) inside a class are mangled to `_Class__secret`, as
# CPython's compiler does: methods, fields, class attributes, closures and
# lambdas in methods, subclasses, and a class named with a leading underscore.
class Vault:
    __count = 0
    def __init__(self, secret):
        self.__secret = secret
        Vault.__count += 1
        self._visible = 1
    def __reveal(self):
        return self.__secret * 2
    def open(self):
        helper = lambda: self.__reveal()
        def inner():
            return self.__secret
        return helper(), inner(), [self.__secret for _ in range(2)]
    @classmethod
    def count(cls):
        return cls.__count

class _Hidden:
    def __init__(self):
        self.__x = 5
    def get(self):
        return self.__x

class Sub(Vault):
    def peek(self):
        try:
            return self.__secret
        except AttributeError as e:
            return "AttributeError: " + str(e)

v = Vault(21)
print(v.open(), Vault.count())
for n in ["__secret", "_Vault__secret", "_Vault__reveal", "__reveal", "_Vault__count"]:
    print(n, hasattr(v, n))
print(v._Vault__secret, v._Vault__reveal())
s = Sub(1)
print(s.peek(), s.open())
h = _Hidden()
print(h.get(), hasattr(h, "__x"), hasattr(h, "_Hidden__x"), hasattr(h, "__x"))
