# A discrete-event simulation ordered by __lt__, ending in an uncaught
# custom exception when the budget runs out.
class Event:
    def __init__(self, time, name, cost):
        self.time = time
        self.name = name
        self.cost = cost

    def __lt__(self, other):
        return (self.time, self.name) < (other.time, other.name)

    def __repr__(self):
        return f"Event({self.time}, {self.name!r})"


class BudgetExceeded(Exception):
    pass


class Simulation:
    def __init__(self, budget):
        self.queue = []
        self.budget = budget
        self.log = []

    def schedule(self, event):
        self.queue.append(event)
        self.queue.sort()

    def run(self):
        while self.queue:
            event = self.queue.pop(0)
            self.budget -= event.cost
            self.log.append(event.name)
            print(f"t={event.time:3d} {event.name:<8} budget={self.budget}")
            if self.budget < 0:
                raise BudgetExceeded(f"over budget by {-self.budget} at t={event.time}")
            if event.name == "arrive":
                self.schedule(Event(event.time + 3, "serve", 4))
            elif event.name == "serve":
                self.schedule(Event(event.time + 1, "depart", 1))


sim = Simulation(20)
for t in [0, 2, 4, 9]:
    sim.schedule(Event(t, "arrive", 2))
print(sorted(sim.queue, reverse=True))
try:
    sim.run()
finally:
    print("processed:", len(sim.log))
