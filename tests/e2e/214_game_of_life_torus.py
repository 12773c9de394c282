# Tests a Game of Life on a torus using sets of tuple cells, generation counts and pattern detection.
W, H = 10, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(6, 5), (7, 5), (8, 5)}
live = glider | blinker

def step(cells):
    counts = {}
    for x, y in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx == 0 and dy == 0:
                    continue
                key = ((x + dx) % W, (y + dy) % H)
                counts[key] = counts.get(key, 0) + 1
    return {c for c in counts if counts[c] == 3 or (counts[c] == 2 and c in cells)}

def render(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))

render(live)
history = [frozenset(live)]
for gen in range(1, 13):
    live = step(live)
    xs = [x for x, y in live]
    ys = [y for x, y in live]
    print(f"gen {gen:2d}: {len(live)} cells, x {min(xs)}..{max(xs)}, y {min(ys)}..{max(ys)}")
    history.append(frozenset(live))
render(live)
print("repeat of gen 0?", history[-1] == history[0])
period = [g for g in range(1, len(history)) if history[g] == history[0]]
print("same as start at", period)

block = {(0, 0), (1, 0), (0, 1), (1, 1)}
print("block stable:", step(block) == block)
b = {(4, 4), (4, 5), (4, 6)}
b1 = step(b)
print(sorted(b1), step(b1) == b)
seen = {}
cur = frozenset({(1, 1), (2, 1), (3, 1), (2, 2), (3, 2), (4, 2)})
for g in range(20):
    if cur in seen:
        print("toad cycle at", g, "first seen", seen[cur])
        break
    seen[cur] = g
    cur = frozenset(step(set(cur)))
