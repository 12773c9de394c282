# Tests maze parsing from strings and solving with BFS, marking the path, counting dead ends and reachable cells.
MAZE = """
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
###.#.###
#.....#.#
#########
""".strip().splitlines()
grid = [list(row) for row in MAZE]
rows, cols = len(grid), len(grid[0])
print(rows, "x", cols)
start = end = (0, 0)
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "S":
            start = (r, c)
        elif grid[r][c] == "E":
            end = (r, c)
print("start", start, "end", end)

def open_neighbours(cell):
    r, c = cell
    result = []
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
            result.append((nr, nc))
    return result

prev = {start: start}
queue = [start]
qi = 0
while qi < len(queue):
    cell = queue[qi]
    qi += 1
    if cell == end:
        break
    for nb in open_neighbours(cell):
        if nb not in prev:
            prev[nb] = cell
            queue.append(nb)
path = [end]
while path[-1] != start:
    path.append(prev[path[-1]])
path.reverse()
print("path length", len(path) - 1)
print(path[:6], "...")
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
cells = [(r, c) for r in range(rows) for c in range(cols) if MAZE[r][c] != "#"]
dead = [cell for cell in cells if len(open_neighbours(cell)) == 1]
print("open cells", len(cells), "dead ends", sorted(dead))
moves = []
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    moves.append({(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}[(r2 - r1, c2 - c1)])
print("".join(moves))
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1] = (m, compressed[-1][1] + 1)
    else:
        compressed.append((m, 1))
print(" ".join(f"{m}{k}" for m, k in compressed))
