import rng
import creatures
CREATURES = []
FOOD = 30
EVENTS = []
NEXT_ID = 0


def populate(n):
    global NEXT_ID
    for _ in range(n):
        CREATURES.append(creatures.spawn(NEXT_ID))
        NEXT_ID += 1


def census():
    counts = {}
    for cr in CREATURES:
        counts[cr[1]] = counts.get(cr[1], 0) + 1
    return dict(sorted(counts.items()))


def step():
    global FOOD, CREATURES, NEXT_ID
    FOOD += 8
    survivors = []
    for ident, kind, age, energy in CREATURES:
        need = {"rabbit": 2, "fox": 3, "owl": 2}[kind]
        eaten = min(need, FOOD)
        FOOD -= eaten
        energy = energy + eaten - 3
        if energy <= 0 or age > 4 + rng.randint(3):
            EVENTS.append(f"#{ident} {kind} died at age {age}")
            continue
        survivors.append((ident, kind, age + 1, energy))
        if energy > 6 and rng.randint(3) == 0:
            baby = (NEXT_ID, kind, 0, 3)
            NEXT_ID += 1
            survivors.append(baby)
            EVENTS.append(f"#{ident} {kind} had #{baby[0]}")
    CREATURES = survivors
