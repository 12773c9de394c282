# What `taipan check` lists as running in the dynamic tier: a function with
# several return types, a rebound variable, a mixed list, a field holding an
# int and then a str, and a dict of mixed values. The list built from a
# function's results is not listed again: its types come from the function.
class Cell:
    def __init__(self):
        self.value = 0

    def clear(self):
        self.value = "empty"


def parse(token):
    if token.isdigit():
        return int(token)
    return token


def main():
    count = 0
    count = "many"
    mixed = [1, "a"]
    parsed = [parse(t) for t in ["1", "b"]]
    record = {"name": "Ann", "age": 31}
    cell = Cell()
    cell.clear()
    print(count, mixed, parsed, record, cell.value)


main()
