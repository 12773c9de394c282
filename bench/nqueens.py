"""N-queens: counts the placements of n queens on an n-by-n board for several
sizes by backtracking, and finds the first placement for a larger board. The
searches are helpers nested in the functions that own the board state, as
people write them."""


def count_solutions(n):
    solutions = 0
    columns = [False] * n
    diagonals = [False] * (2 * n - 1)
    anti_diagonals = [False] * (2 * n - 1)

    def place(row):
        nonlocal solutions
        if row == n:
            solutions += 1
            return
        for column in range(n):
            diagonal = row + column
            anti_diagonal = row - column + n - 1
            if columns[column] or diagonals[diagonal] or anti_diagonals[anti_diagonal]:
                continue
            columns[column] = diagonals[diagonal] = anti_diagonals[anti_diagonal] = True
            place(row + 1)
            columns[column] = diagonals[diagonal] = anti_diagonals[anti_diagonal] = False

    place(0)
    return solutions


def first_solution(n):
    queens = []

    def safe(row, column):
        for placed_row, placed_column in enumerate(queens):
            if placed_column == column or abs(placed_column - column) == row - placed_row:
                return False
        return True

    def search(row):
        if row == n:
            return True
        for column in range(n):
            if safe(row, column):
                queens.append(column)
                if search(row + 1):
                    return True
                queens.pop()
        return False

    search(0)
    return queens


for size in range(4, 11):
    print(size, count_solutions(size))
print(first_solution(20))
