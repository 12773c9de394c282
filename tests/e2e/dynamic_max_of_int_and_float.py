# max() over an int and a float returns whichever wins, as a value of the dynamic tier.
print(max(1, 2.5))
print(max(3, 3.0), max(3.0, 3), min(1, 2.5, True), max(2, 7.5))
x = max(1, 2.5)
print(x + 1, type(x).__name__)
print(max(1, "a"))
