# getattr/hasattr with computed names on the program's instances: mutual recursion.
class Ping:
    def __init__(self):
        self.hits = 0
        self.peer = None
    def step(self, n):
        self.hits += 1
        if n == 0:
            return "ping-end"
        return getattr(self.peer, "st" + "ep")(n - 1)
class Pong:
    def __init__(self, peer):
        self.hits = 0
        self.peer = peer
    def step(self, n):
        self.hits += 1
        if n == 0:
            return "pong-end"
        return getattr(self.peer, "st" + "ep")(n - 1)

a = Ping()
b = Pong(a)
a.peer = b
print(a.step(301), a.hits, b.hits)
print(b.step(10), a.hits, b.hits)
