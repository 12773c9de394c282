# A native loop that calls, 10**5 times each, a function the native compiler
# refuses (it reads `locals()`), which therefore runs in the embedded CPython,
# and a method of a class CPython runs (it has `__getattr__`): the cost of
# crossing into code of the program itself that falls back.


def scaled(x):
    return locals()["x"] * 3 + 1


class Settings:
    def __init__(self):
        self.base = 7

    def __getattr__(self, name):
        return len(name)

    def weight(self, value):
        return value % self.base + self.bonus


def main():
    settings = Settings()
    total = 0
    checksum = 0
    for i in range(100000):
        total += scaled(i) % 7
        checksum += settings.weight(i)
    print(total, checksum)


main()
