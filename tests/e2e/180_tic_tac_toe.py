# Tests a tic-tac-toe board as a list of lists of strs: move replay, winner detection over rows/cols/diagonals, minimax.
LINES = [[(r, c) for c in range(3)] for r in range(3)] + [[(r, c) for r in range(3)] for c in range(3)] + [[(i, i) for i in range(3)], [(i, 2 - i) for i in range(3)]]
def winner(b):
    for line in LINES:
        a = b[line[0][0]][line[0][1]]
        if a != " " and all(b[r][c] == a for r, c in line):
            return a
    return ""
def show(b):
    for i, row in enumerate(b):
        print(" " + " | ".join(row))
        if i < 2:
            print("---+---+---")
def play(moves):
    board = [[" "] * 3 for _ in range(3)]
    player = "X"
    for n, (r, c) in enumerate(moves, 1):
        board[r][c] = player
        w = winner(board)
        print(f"move {n}: {player} at {(r, c)} -> winner {w!r}")
        if w:
            break
        player = "O" if player == "X" else "X"
    else:
        print("draw after", len(moves), "moves")
    show(board)
    print(board)
    return board
play([(1, 1), (0, 1), (0, 0), (2, 1), (2, 2), (0, 2), (1, 0)])
board = play([(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)])
def minimax(b, turn):
    w = winner(b)
    if w == "X":
        return 1
    if w == "O":
        return -1
    empties = [(r, c) for r in range(3) for c in range(3) if b[r][c] == " "]
    if not empties:
        return 0
    scores = []
    for r, c in empties:
        b[r][c] = turn
        scores.append(minimax(b, "O" if turn == "X" else "X"))
        b[r][c] = " "
    return max(scores) if turn == "X" else min(scores)
pos = [["X", "O", "X"], [" ", "O", " "], [" ", " ", " "]]
options = []
for r in range(3):
    for c in range(3):
        if pos[r][c] == " ":
            pos[r][c] = "X"
            options.append(((r, c), minimax(pos, "O")))
            pos[r][c] = " "
print(options)
best = max(options, key=lambda o: o[1])
print("best move for X:", best)
flat = [cell for row in board for cell in row]
print(flat.count("X"), flat.count("O"), flat.count(" "), "".join(flat))
