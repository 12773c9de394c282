# Tests an uncaught KeyError for a missing tuple key in a dict keyed by coordinates; expect "KeyError: (2, 3)", exit 1.
board = {}
for r in range(3):
    for c in range(3):
        board[(r, c)] = r * 3 + c
print(board)
print(len(board), (1, 2) in board, (2, 3) in board, board.get((2, 3), -1))
moves = {"R": (0, 1), "D": (1, 0), "L": (0, -1)}
pos = (0, 0)
visited = [pos]
for m in "RDRDR":
    dr, dc = moves[m]
    pos = (pos[0] + dr, pos[1] + dc)
    print("move", m, "to", pos)
    visited.append(pos)
print(visited)
total = 0
for step, p in enumerate(visited):
    total += board[p]
    print("step", step, "at", p, "value", board[p], "total", total)
print("unreachable", total)
