# Tests flood fill and region labelling on a grid stored as a list of lists of strs, with iterative and recursive fills.
picture = [list(line) for line in [
    "..##......",
    ".#..#..##.",
    ".#..#.#..#",
    "..##..#..#",
    ".......##.",
    "##........",
]]
R, C = len(picture), len(picture[0])
def show(grid):
    for row in grid:
        print("".join(row))
show(picture)
def fill(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return 0
    stack = [(r, c)]
    count = 0
    while stack:
        y, x = stack.pop()
        if 0 <= y < R and 0 <= x < C and grid[y][x] == old:
            grid[y][x] = new
            count += 1
            stack.extend([(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)])
    return count
print("inside first shape:", fill(picture, 1, 2, "a"))
print("inside second shape:", fill(picture, 2, 7, "b"))
print("background:", fill(picture, 0, 0, " "))
show(picture)
counts = {}
for row in picture:
    for ch in row:
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
grid = ["11000", "11011", "00100", "00011", "10001"]
seen = [[False] * len(grid[0]) for _ in grid]
def explore(r, c):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]) or seen[r][c] or grid[r][c] != "1":
        return 0
    seen[r][c] = True
    return 1 + explore(r + 1, c) + explore(r - 1, c) + explore(r, c + 1) + explore(r, c - 1)
sizes = []
labels = [[0] * len(grid[0]) for _ in grid]
for r in range(len(grid)):
    for c in range(len(grid[0])):
        if grid[r][c] == "1" and not seen[r][c]:
            sizes.append(explore(r, c))
            for rr in range(len(grid)):
                for cc in range(len(grid[0])):
                    if seen[rr][cc] and labels[rr][cc] == 0:
                        labels[rr][cc] = len(sizes)
print(sizes, len(sizes), max(sizes))
for lab_row in labels:
    print(lab_row)
