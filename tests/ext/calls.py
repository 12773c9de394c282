"""Calls from CPython: defaults, keywords, callbacks."""


def scale(value, factor=2.0, offset=0.0):
    return value * factor + offset


def greet(name, greeting="hello", punctuation=None):
    text = greeting + ", " + name
    if punctuation is not None:
        text += punctuation
    return text


def window(values, size=3):
    return [sum(values[i:i + size]) for i in range(len(values) - size + 1)]


if __name__ == "__main__":
    print(scale(1.0), scale(1.0, 3.0), scale(1.0, 3.0, 1.0))
    print(greet("ann"), greet("bob", "hi"), greet("cy", "yo", "!"))
    print(window([1, 2, 3, 4]), window([1, 2, 3, 4], 2))


def only_none(flag=None):
    return flag is None


print(only_none())


def positional_only(a, b=2, /, c=3):
    return a * 100 + b * 10 + c


def always_fails(code):
    raise RuntimeError("failed with " + str(code))


NOTHING = None
print(positional_only(1), positional_only(1, 5, c=7))
try:
    always_fails(1)
except RuntimeError:
    pass
