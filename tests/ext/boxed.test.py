import boxed

print(boxed.add(1, 2), boxed.add("a", "b"), boxed.add([1], [2]), boxed.add(1.5, 2))
print(boxed.apply_all(lambda v: v * 2, [1, 2, 3]), boxed.apply_all(str.upper, ("a", "b")))
print(boxed.count_matching(lambda v: v > 2, range(6)))
print(boxed.describe(3), boxed.describe(None), boxed.describe([1]))
print(boxed.apply(len, "four"), boxed.apply(boxed.square, 5))
try:
    boxed.add(1, "x")
except TypeError as error:
    print("TypeError:", error)
def failing(value):
    raise ValueError("from a callback: " + str(value))
try:
    boxed.apply_all(failing, [7])
except ValueError as error:
    print("ValueError:", error)
