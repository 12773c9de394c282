# Drives the module `numeric` from CPython: the same output whether it is
# the plain module or the extension `taipan ext` built from it.
import numeric

print(numeric.sum_of_squares(1000), numeric.mean(2.0, 5.0), numeric.LIMIT, numeric.RATE, numeric.LABELS, numeric.PAIR)
print(numeric.scaled(7, 6), numeric.scaled(1.5, 4.0))
print(numeric.describe((6, 8)))
print(numeric.distance_from_origin(6.0, 8.0))
print(numeric.shout("native"))
print(numeric.nothing(True), numeric.nothing(False))
print(numeric.sum_of_squares.__name__, numeric.sum_of_squares.__doc__, numeric.sum_of_squares.__module__, numeric.__name__, numeric.__doc__)
print(numeric.mean(b=4.0, a=2.0))
try:
    numeric.check(-3)
except ValueError as error:
    print("ValueError:", error)
try:
    numeric.sum_of_squares()
except TypeError as error:
    print("TypeError raised for a missing argument")
total = 0
for n in range(2000):
    total += numeric.sum_of_squares(n % 50)
print(total)
print(sorted([3, 1, 2], key=lambda v: numeric.scaled(v, -1)))
try:
    numeric.sum_of_squares("many")
except TypeError:
    print("TypeError raised for a str where the module was built for an int")
try:
    numeric.lookup("zz")
except KeyError as error:
    print("KeyError:", repr(error), error.args)
