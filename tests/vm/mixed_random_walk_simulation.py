# Exercises a seeded random walk with native classes/loops, random.Random methods, heapq event queue and statistics summary.
import random
import heapq
import statistics

class Walker:
    def __init__(self, name, seed):
        self.name = name
        self.seed = seed
        self.pos = 0
        self.path = [0]
    def step(self, rng):
        self.pos += rng.choice([-1, 1]) * rng.randint(1, 3)
        self.path.append(self.pos)
        return self.pos

walkers = [Walker(n, s) for n, s in [("w1", 1), ("w2", 2), ("w3", 3)]]
events = []
rngs = [random.Random(w.seed) for w in walkers]
for t in range(1, 9):
    for i, w in enumerate(walkers):
        p = w.step(rngs[i])
        heapq.heappush(events, (-abs(p), t, w.name))
for w in walkers:
    print(w.name, w.path, "mean=%.3f" % statistics.mean(w.path), "median", statistics.median(w.path))
print("farthest:", [heapq.heappop(events) for _ in range(3)])
print("remaining events:", len(events))
finals = {w.name: w.pos for w in walkers}
print(sorted(finals.items(), key=lambda kv: kv[1]))
deck = list(range(8))
random.Random(99).shuffle(deck)
print("deck:", deck)
g = random.Random(5)
print([round(g.gauss(0, 1), 4) for _ in range(3)], g.getrandbits(16))
