# Float compared with int in a hot loop, and exact comparisons beyond 2**53.
def count_positive(n):
    x = -1.0
    hits = 0
    for i in range(n):
        x = x + 0.5
        if x > 0:
            hits += 1
        if x > 100:
            x = -1.0
    return hits
print(count_positive(1000000))
big = 9007199254740993
print(big > 9007199254740992.0, big == float(big), 2 ** 60 < 1.1529215046068470e18, -3 <= -3.0, 5 != 5.0)
