# Tests an uncaught KeyError with an int key from a dict-based cache lookup; expect "KeyError: 11" and exit 1.
squares = {n: n * n for n in range(0, 20, 3)}
print(squares)
print(sorted(squares), len(squares), squares.get(4, -1))
hits = 0
misses = 0
for n in [3, 6, 7, 9, 10, 12]:
    if n in squares:
        hits += 1
        print(f"hit  {n:2d} -> {squares[n]}")
    else:
        misses += 1
        squares[n] = n * n
        print(f"miss {n:2d} -> stored {squares[n]}")
print("hits", hits, "misses", misses, "size", len(squares))
del squares[0]
squares.pop(18)
print(sorted(squares.items()))
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print("even keys", evens)
squares.update({1: 1, 5: 25})
print("after update", sorted(squares))
print("sum of values", sum(squares[k] for k in squares), "max key", max(squares))
total = 0
for n in range(1, 20, 4):
    print("looking up", n, "total so far", total)
    total += squares[n + 2]
print("total", total)
