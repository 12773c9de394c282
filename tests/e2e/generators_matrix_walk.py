def rows(matrix):
    for row in matrix:
        yield row


def columns(matrix):
    for c in range(len(matrix[0])):
        yield [row[c] for row in matrix]


def spiral(matrix):
    top, bottom = 0, len(matrix) - 1
    left, right = 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            yield matrix[top][c]
        top += 1
        for r in range(top, bottom + 1):
            yield matrix[r][right]
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                yield matrix[bottom][c]
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                yield matrix[r][left]
            left += 1


def diagonals(matrix):
    n = len(matrix)
    m = len(matrix[0])
    for d in range(n + m - 1):
        yield [matrix[r][d - r] for r in range(n) if 0 <= d - r < m]


def neighbors(matrix, r, c):
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(matrix) and 0 <= cc < len(matrix[0]):
                yield matrix[rr][cc]


m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print("row sums:", [sum(r) for r in rows(m)])
print("col sums:", [sum(c) for c in columns(m)])
print("spiral:", list(spiral(m)))
print("spiral 1x1:", list(spiral([[7]])))
print("diagonals:", list(diagonals(m)))
print("neighbors of (1,1):", sorted(neighbors(m, 1, 1)))
print("neighbors of (0,0):", sorted(neighbors(m, 0, 0)))
life = [[0, 1, 0], [0, 1, 0], [0, 1, 0]]
nxt = []
for r in range(3):
    new_row = []
    for c in range(3):
        alive = sum(neighbors(life, r, c))
        new_row.append(1 if alive == 3 or (alive == 2 and life[r][c] == 1) else 0)
    nxt.append(new_row)
for row in nxt:
    print("".join("#" if x else "." for x in row))
