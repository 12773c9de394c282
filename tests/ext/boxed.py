"""Functions the module never calls: they take CPython objects."""


def add(a, b):
    return a + b


def apply_all(function, values):
    """Calls a Python callable on each value."""
    return [function(value) for value in values]


def count_matching(predicate, values):
    count = 0
    for value in values:
        if predicate(value):
            count += 1
    return count


def describe(item):
    return "item " + str(item) + " of type " + type(item).__name__


def apply(function, value):
    return function(value)


def square(x):
    return x * x


print(apply(square, 3))


def with_defaults(a, b=2, c=None):
    return [a, b, c]


def call_and_report(function, value):
    try:
        return function(value)
    finally:
        print("called with", value)
