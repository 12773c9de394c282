# A function called with None and with a value: the None instance never runs
# the code after its `if x is None: return`, so that code is not compiled for None.
def total(items):
    if items is None:
        return -1
    s = 0
    for x in items:
        s += x
    return s


def describe(value):
    if isinstance(value, int):
        return value * 2
    return value.upper() + "!"


def first_word(text, default=None):
    if text is None:
        if default is None:
            raise ValueError("no text")
        return default
    return text.split()[0]


print(total([1, 2, 3]), total(None))
print(describe(21), describe("hi"))
print(first_word("hello world"), first_word(None, "fallback"))
try:
    first_word(None)
except ValueError as error:
    print("ValueError:", error)
