def first_even(a, b):
    if a % 2 == 0:
        return a
    if b % 2 == 0:
        return b
    return None

found = first_even(3, 4)
if found is not None:
    print(found + 1)
