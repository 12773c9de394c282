"""Containers passed from CPython: copied in, written back, returned as themselves."""


def total(values):
    """The sum of a list of floats."""
    result = 0.0
    for value in values:
        result += value
    return result


def normalise(values):
    """Scales a list of floats in place so that they sum to one."""
    whole = total(values)
    for index in range(len(values)):
        values[index] = values[index] / whole


def append_squares(numbers, count):
    for n in range(count):
        numbers.append(n * n)
    return numbers


def word_counts(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def bump(counts, key):
    counts[key] = counts.get(key, 0) + 1
    if key == "boom":
        raise KeyError(key)
    return len(counts)


def drop_evens(numbers):
    for n in list(numbers):
        if n % 2 == 0:
            numbers.discard(n)
    return sorted(numbers)


def grow_rows(grid):
    for row in grid:
        row.append(len(row))
    grid.append([0])
    return grid[0]


def merge_into(target, source):
    target.extend(source)
    source.clear()
    return target


def pairs_total(pairs):
    return sum(a * b for a, b in pairs)


def frozen_size(members):
    return len(members) + len(tuple(members))


def sort_names(names):
    names.sort()
    names.reverse()
    return names[0]


registry = []


def keep(values):
    registry.append(values)
    return len(registry)


if __name__ == "__main__":
    data = [1.0, 2.0, 5.0]
    print(total(data))
    normalise(data)
    print(data)
    print(append_squares([7], 3))
    print(word_counts(["a", "b", "a"]))
    print(bump({"x": 1}, "y"))
    print(drop_evens({1, 2, 3, 4}))
    print(grow_rows([[1], [2, 3]]))
    print(merge_into([1], [2, 3]))
    print(pairs_total([(1, 2), (3, 4)]))
    print(frozen_size(frozenset({1, 2})))
    print(sort_names(["b", "c", "a"]))
    print(keep([1.5]))
