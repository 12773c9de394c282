# A function called with lists of different element types gets one instance
# per structural argument type; lambdas and comprehensions are typed too.
def largest(items):
    best = items[0]
    for item in items:
        if item > best:
            best = item
    return best


words = "pear fig apple".split()
print(largest([3, 9, 2]), largest(words), largest([(1, "b"), (1, "c")]))
lengths = {w: len(w) for w in words}
ranked = sorted(lengths.items(), key=lambda pair: (-pair[1], pair[0]))
evens = {n for n in range(10) if n % 2 == 0}
print(ranked, evens, frozenset(evens))
