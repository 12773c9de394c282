import builders
from builders import Empty, Pair, Triple, Named

def attempt(action):
    try:
        result = action()
        print("ok", type(result).__name__)
        return result
    except Exception as error:
        print(type(error).__name__, error)

print(Empty().size(), type(Empty()).__name__)
attempt(lambda: Empty(1))
attempt(lambda: Empty(x=1))
p = Pair(1)
print(p.first, p.second, p.total())
print(Pair(1, 2).total(), Pair(first=3).total(), Pair(4, second=5).total(), Pair(second=6, first=7).total())
attempt(lambda: Pair())
attempt(lambda: Pair(1, 2, 3))
attempt(lambda: Pair(1, third=3))
attempt(lambda: Pair(-1))
t = Triple(2, 3)
print(t.extra(), t.total(), isinstance(t, Pair))
n = Named("x", 5)
print(n.label(), n.name)
attempt(lambda: Named("x"))
print(builders.build(50))

class Plain(Pair):
    pass

class Mine(Pair):
    def __init__(self, first):
        super().__init__(first, 100)
        self.note = "mine"

print(Plain(3).total(), Plain(3, 4).total(), type(Plain(1)).__name__)
m = Mine(2)
print(m.total(), m.note, isinstance(m, Pair))
attempt(lambda: Mine())

print(Pair(8).total())
objects = [Pair(i) for i in range(1000)]
print(sum(o.total() for o in objects))
