class Tracer:
    def __init__(self, name):
        self.name = name
        self.log = []

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc)
        return False


class Suppress:
    def __init__(self, kind):
        self.kind = kind

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and exc_type is self.kind


with Tracer("a") as t:
    print("inside", t.name)

try:
    with Tracer("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


def early(n):
    for i in range(n):
        with Tracer("loop" + str(i)):
            if i == 1:
                return i
    return -1


print(early(5))

with Suppress(KeyError):
    print("before")
    {}["missing"]
    print("not reached")
print("after suppress")

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("passed through:", e)

with Tracer("outer") as a, Tracer("inner") as b:
    print(a.name, b.name)
