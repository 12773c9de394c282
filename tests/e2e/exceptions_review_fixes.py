# Regressions from the adversarial review of exceptions.


class Reading:
    def __init__(self, value):
        self.value = value


def check(value):
    assert value >= 0, value
    assert value < 100, (value, "too large")
    return value


for value in [5, -3, 250]:
    try:
        print(check(value))
    except AssertionError as e:
        print(repr(e), str(e))

for error in [TimeoutError("slow"), BrokenPipeError("pipe"), PermissionError("no")]:
    try:
        raise error
    except ConnectionError as e:
        print("connection", repr(e))
    except OSError as e:
        print("os", e, isinstance(e, IOError), isinstance(e, EnvironmentError))

try:
    raise UserWarning("careful")
except Warning as e:
    print("warning", e)


class Base:
    def __init__(self):
        super().__init__()
        self.ready = True


print(Base().ready)

try:
    1 / 0
except ZeroDivisionError as e:
    pass
print(e)
