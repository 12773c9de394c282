# getattr/hasattr with computed names on the program's instances: name mangling.
class Vault:
    def __init__(self):
        self.__secret = "s3cret"
        self._semi = "semi"
    def __hidden(self):
        return "hidden"
    def peek(self, name):
        return getattr(self, name, "<none>")

v = Vault()
for n in ["__secret", "_Vault__secret", "_semi", "__hidden", "_Vault__hidden"]:
    r = v.peek(n)
    print(n, hasattr(v, n), r if isinstance(r, str) else r())
