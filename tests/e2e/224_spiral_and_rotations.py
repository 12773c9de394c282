# Tests 2D grid manipulation: spiral traversal, rotations, flips, diagonals and a spiral fill.
def make(r, c):
    return [[i * c + j + 1 for j in range(c)] for i in range(r)]

def show(m):
    for row in m:
        print(" ".join(f"{x:3d}" for x in row))
    print()

def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        for j in range(left, right + 1):
            out.append(m[top][j])
        top += 1
        for i in range(top, bottom + 1):
            out.append(m[i][right])
        right -= 1
        if top <= bottom:
            for j in range(right, left - 1, -1):
                out.append(m[bottom][j])
            bottom -= 1
        if left <= right:
            for i in range(bottom, top - 1, -1):
                out.append(m[i][left])
            left += 1
    return out

def rotate_cw(m):
    return [[m[len(m) - 1 - i][j] for i in range(len(m))] for j in range(len(m[0]))]

m = make(3, 4)
show(m)
print(spiral(m))
print(spiral(make(4, 4)))
print(spiral(make(1, 5)), spiral(make(5, 1)))
r = rotate_cw(m)
show(r)
r4 = m
for _ in range(4):
    r4 = rotate_cw(r4)
print("four rotations identity:", r4 == m)
show([row[::-1] for row in m])
show(m[::-1])
sq = make(5, 5)
print("main diag", [sq[i][i] for i in range(5)], "anti", [sq[i][4 - i] for i in range(5)])
diags = {}
for i in range(5):
    for j in range(5):
        diags.setdefault(i - j, []).append(sq[i][j])
print([diags[k] for k in sorted(diags)])
n = 5
fill = [[0] * n for _ in range(n)]
dr = [0, 1, 0, -1]
dc = [1, 0, -1, 0]
r0, c0, d = 0, 0, 0
for v in range(1, n * n + 1):
    fill[r0][c0] = v
    nr, nc = r0 + dr[d], c0 + dc[d]
    if not (0 <= nr < n and 0 <= nc < n and fill[nr][nc] == 0):
        d = (d + 1) % 4
        nr, nc = r0 + dr[d], c0 + dc[d]
    r0, c0 = nr, nc
show(fill)
print(spiral(fill) == list(range(1, 26)))
