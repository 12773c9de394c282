class Event:
    def __init__(self, time, name, action):
        self.time = time
        self.name = name
        self.action = action

    def key(self):
        return (self.time, self.name)

    def __repr__(self):
        return "Event(" + str(self.time) + ", " + self.name + ")"


def customer(name, arrival, service):
    yield Event(arrival, name, "arrive")
    yield Event(arrival + service, name, "leave")


def clock(period, until):
    t = 0
    while t <= until:
        yield Event(t, "clock", "tick")
        t += period


def merge_events(sources):
    pending = []
    for src in sources:
        ev = next(src, None)
        if ev is not None:
            pending.append((ev, src))
    while pending:
        pending.sort(key=lambda pair: pair[0].key())
        ev, src = pending.pop(0)
        yield ev
        nxt = next(src, None)
        if nxt is not None:
            pending.append((nxt, src))


def simulate(events):
    inside = []
    for ev in events:
        if ev.action == "arrive":
            inside.append(ev.name)
        elif ev.action == "leave":
            inside.remove(ev.name)
        yield (ev.time, ev.name, ev.action, len(inside))


sources = [
    customer("alice", 1, 5),
    customer("bob", 2, 2),
    customer("carol", 4, 7),
    clock(3, 12),
]
peak = 0
for time, name, action, count in simulate(merge_events(sources)):
    print(str(time).rjust(3), name.ljust(6), action.ljust(7), count)
    peak = max(peak, count)
print("peak occupancy:", peak)
