# Tests a simulation split over modules: a seeded RNG module shared by two importers, a world module with state, and a main guard.
import rng
import world
import creatures

rng.seed(7)
print("first draws", [rng.randint(10) for _ in range(6)], "draws so far", rng.DRAWS)
rng.seed(42)
world.populate(6)
print("population", world.census())
for gen in range(1, 7):
    world.step()
    c = world.census()
    print(f"gen {gen}: food={world.FOOD:3d} alive={sum(c[k] for k in c):2d} {c}")
print("events", len(world.EVENTS))
for e in world.EVENTS[:6]:
    print("  ", e)
oldest = max(world.CREATURES, key=lambda cr: (cr[2], cr[0]))
print("oldest", oldest, "describe:", creatures.describe(oldest))
print("rng draws total", rng.DRAWS, "rng name", rng.__name__)
if __name__ == "__main__":
    print("done as main")
