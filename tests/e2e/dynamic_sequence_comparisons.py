# Lists and tuples of different member types compare item by item across
# types; ordering a str against an int ends in a TypeError.
print([1, 2] == [1.0, 2.0], [1, 2] < [1, 2.5], [1] != ["a"], (1, "a") < (1, "b"), (1, 2) == (1.0, 2))
print((1, "a") == (1, "a", 3), (2, "x") > (1, "y"), sorted([(2, "b"), (1, "z")]))
print([3, 1.5] > [3], [True] == [1])
print((1, "a") < (1, 2))
