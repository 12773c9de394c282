def total(it):
    n = 0
    for x in it:
        n += 1
    return n

print(total(x for x in [1, 2, 3]))
print(total(s for s in ["a", "b"]))
