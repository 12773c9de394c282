# A decorator that forwards any signature, with counting and keyword options.
calls = {}

def counted(label="calls"):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
            result = fn(*args, **kwargs)
            print(f"{label}: {fn.__name__}{args} {sorted(kwargs.items())} -> {result}")
            return result
        return wrapper
    return decorate

@counted()
def area(width, height=1):
    return width * height

@counted(label="log")
def greet(name, *, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

area(3)
area(3, 4)
area(width=5, height=2)
greet("Ada")
greet("Bob", greeting="Hi")
greet("Cy", punctuation="?", greeting="Yo")
print(sorted(calls.items()))

def stats(*values):
    if not values:
        return (0, 0, 0.0)
    return min(values), max(values), sum(values) / len(values)

print(stats())
print(stats(4))
print(stats(3, 9, 6))
row = (2, 8)
print(stats(*row, 5))

def configure(**options):
    keys = sorted(options)
    return ", ".join(f"{k}={options[k]}" for k in keys)

print(configure())
print(configure(depth=3, width=7))
defaults = {"depth": 1, "width": 2}
print(configure(**defaults))
