# Augmented assignment of an attribute of a value that may be an instance of
# several classes (duck typing): fields, class attributes read first, None.
class Hits:
    label = "hits"
    def __init__(self):
        self.count = 0

class Misses:
    label = "misses"
    count = 100
    def __init__(self, start):
        self.total = start

class Scores:
    def __init__(self):
        self.count = 1.5

counters = [Hits(), Misses(3), Scores(), Hits()]
for round_number in range(3):
    for counter in counters:
        counter.count += round_number + 1
for counter in counters:
    print(type(counter).__name__, counter.count)
things = [Hits(), None]
try:
    for thing in things:
        thing.count += 1
        print("ok", thing.count)
except AttributeError as error:
    print("AttributeError:", error)
