# Exercises a list mixing ints, strs, floats, bools and None: printing,
# len, indexing, iteration, `in`, count(), index() and append of new types.

items = [3, "cat", 2.5, True, None, 3, "dog", 0, False]
print(items)
print(len(items))
print(items[0], items[1], items[2], items[3], items[4])
print(items[-1], items[-2], items[-3])

for i in range(len(items)):
    print(i, repr(items[i]))

print("cat" in items, "cow" in items, None in items, 2.5 in items)
print(1 in items)        # True == 1
print(3.0 in items)      # 3 == 3.0
print(items.count(3), items.count("cat"), items.count(None))
print(items.count(0), items.count(False))   # 0 == False
print(items.index("dog"), items.index(None), items.index(2.5))
print(items.index(1))    # finds True

items.append("bird")
items.append(9.75)
items.append(None)
items.append([1, 2])
print(items)
print(len(items), items[-1], items[-2])

items[0] = "three"
items[1] = 33
print(items[:4])
print(items[::3])

popped = items.pop()
print(popped, len(items))
items.remove(None)
print(items)
print(items.count(None))
