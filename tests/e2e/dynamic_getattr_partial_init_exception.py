# getattr/hasattr with computed names on the program's instances: partial init exception.
registry = []
class Conn:
    def __init__(self, host, port):
        self.host = host
        registry.append(self)
        if port < 0:
            raise ValueError("bad port " + str(port))
        self.port = port

for h, p in [("a", 1), ("b", -1), ("c", 3)]:
    try:
        Conn(h, p)
    except ValueError as e:
        print("error:", e)
for c in registry:
    print(getattr(c, "ho" + "st"), hasattr(c, "po" + "rt"), getattr(c, "po" + "rt", None))
