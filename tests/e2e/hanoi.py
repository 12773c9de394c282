# Tests Towers of Hanoi: printing moves for small n and counting moves recursively for larger n.
moves = 0
def hanoi(n, src, dst, via, verbose):
    global moves
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, verbose)
    moves += 1
    if verbose:
        print("move disk", n, "from", src, "to", dst)
    hanoi(n - 1, via, dst, src, verbose)

def count_moves(n):
    if n == 0:
        return 0
    return 2 * count_moves(n - 1) + 1

hanoi(3, "A", "C", "B", True)
print("moves for 3:", moves)
moves = 0
hanoi(4, "left", "right", "middle", True)
print("moves for 4:", moves)
for n in range(1, 17, 3):
    moves = 0
    hanoi(n, "A", "C", "B", False)
    print(n, "disks:", moves, count_moves(n), 2 ** n - 1)
print(count_moves(40), count_moves(62))
