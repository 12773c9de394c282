# Tests N-queens backtracking with list state and set-based attack tracking, printing boards and solution counts.
def place(n, row, placement, cols, diag1, diag2, solutions):
    if row == n:
        solutions.append(placement[:])
        return
    for c in range(n):
        if c in cols or (row - c) in diag1 or (row + c) in diag2:
            continue
        cols.add(c)
        diag1.add(row - c)
        diag2.add(row + c)
        placement.append(c)
        place(n, row + 1, placement, cols, diag1, diag2, solutions)
        placement.pop()
        cols.remove(c)
        diag1.remove(row - c)
        diag2.remove(row + c)
def solve(n):
    solutions = []
    place(n, 0, [], set(), set(), set(), solutions)
    return solutions
def board(sol):
    return ["".join("Q" if c == col else "." for c in range(len(sol))) for col in sol]
for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), sols[:2])
six = solve(6)
for sol in six:
    print(sol)
    for line in board(sol):
        print("  " + line)
def valid(sol):
    n = len(sol)
    for i in range(n):
        for j in range(i + 1, n):
            if sol[i] == sol[j] or abs(sol[i] - sol[j]) == j - i:
                return False
    return True
eight = solve(8)
print(all(valid(s) for s in eight), valid([0, 1, 2, 3]), eight[0], eight[-1])
mirrored = {tuple(len(s) - 1 - c for c in s) for s in eight}
print(all(tuple(s) in mirrored for s in eight), len(mirrored))
first_cols = {}
for s in eight:
    first_cols[s[0]] = first_cols.get(s[0], 0) + 1
print(first_cols)
