# Tests Conway's Game of Life on a set of (row, col) tuples with neighbor counting in a dict, and grid rendering.
def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr != 0 or dc != 0:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, rows, cols):
    lines = []
    for r in range(rows):
        lines.append("".join("#" if (r, c) in live else "." for c in range(cols)))
    return "\n".join(lines)
def bbox(live):
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return (min(rs), min(cs), max(rs), max(cs))
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = set(glider)
for gen in range(5):
    print("gen", gen, sorted(state), bbox(state))
    print(render(state, 6, 6))
    state = step(state)
shifted = {(r + 1, c + 1) for (r, c) in glider}
print(step(step(step(step(glider)))) == shifted)
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker)
print(sorted(b1), step(b1) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block) == block, len(step(block)))
rpent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
pop = []
cur = set(rpent)
for _ in range(30):
    pop.append(len(cur))
    cur = step(cur)
print(pop)
print(step(set()), len(step({(5, 5)})))
