class Resource:
    opened = 0

    def __init__(self, name):
        self.name = name
        self.closed = False

    def __enter__(self):
        Resource.opened += 1
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        Resource.opened -= 1
        self.closed = True
        if exc_value is not None:
            print("cleanup after", type_name(exc_value), "-", exc_value)


def type_name(error):
    if isinstance(error, KeyError):
        return "KeyError"
    if isinstance(error, ZeroDivisionError):
        return "ZeroDivisionError"
    return "other"


def process(items):
    results = []
    for item in items:
        resource = Resource(item)
        with resource as label:
            if item == "skip":
                continue
            if item == "stop":
                break
            results.append(label)
        print(item, "closed:", resource.closed, "open now:", Resource.opened)
    return results


print(process(["a", "skip", "b", "stop", "c"]))
print("open:", Resource.opened)


def divide(a, b):
    with Resource("div"):
        return a // b


print(divide(7, 2))
try:
    divide(1, 0)
except ZeroDivisionError as error:
    print("caught:", error)
print("open:", Resource.opened)


class Collector:
    def __init__(self):
        self.items = []

    def __enter__(self):
        return self.items

    def __exit__(self, exc_type, exc_value, traceback):
        self.items.append(-1)


collector = Collector()
with collector as items:
    for i in range(3):
        items.append(i * i)
print(collector.items)

with Resource("last"):
    d = {}
    print(d["nope"])
