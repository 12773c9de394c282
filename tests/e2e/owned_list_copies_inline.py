# `v = source[:]` into a list local that owns its object: equal lengths copy
# inline, other lengths go to the runtime. Every element width (bool bytes,
# ints, floats, strs), a copy of the list onto itself, a first copy into an
# unbound local, and indices counted from the end around every copy.


def rotations(base):
    work = []
    seen = 0
    for shift in range(len(base) + 2):
        work = base[:]
        for _ in range(shift):
            first = work[0]
            for i in range(len(work) - 1):
                work[i] = work[i + 1]
            work[-1] = first
        seen = seen * 7 + work[0] + work[-1] * 3 + work[-len(work)]
    return seen, work


def growing(count):
    current = []
    total = 0
    for size in [3, 3, 5, 1, 0, 4, 4]:
        source = list(range(size * count))
        current = source[:]
        total += len(current)
        if current:
            total += current[-1] - current[-len(current)]
        current = current[:]
    return total, current


def bools(flags):
    result = []
    for round_number in range(3):
        copy = flags[:]
        copy[round_number] = not copy[round_number]
        copy[-1 - round_number] = True
        result.append(copy)
    return result


def floats_and_strs():
    values = [0.5, 1.25, -2.0]
    names = ["a", "bb", "ccc"]
    value_copy = []
    name_copy = []
    for step in range(4):
        value_copy = values[:]
        value_copy[step % 3] *= step
        name_copy = names.copy()
        name_copy[-1] = name_copy[-1] + str(step)
        print(value_copy, name_copy)


def out_of_range(items):
    copy = items[:]
    for index in [-1, -len(copy), len(copy) - 1]:
        print(index, copy[index])
    for index in [len(copy), -len(copy) - 1, 2 ** 62, -(2 ** 62)]:
        try:
            print(copy[index])
        except IndexError as error:
            print("IndexError", index, error)
        try:
            copy[index] = 0
        except IndexError as error:
            print("IndexError", index, error)


print(rotations([4, 8, 15, 16, 23, 42]))
print(growing(2))
print(bools([False, True, False, True, False]))
floats_and_strs()
out_of_range([10, 20, 30])
print(rotations([9]))
