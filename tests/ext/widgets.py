"""Class attributes shared by compiled code and CPython, a context manager,
and operators that meet operands they were not compiled for."""


class Widget:
    created = 0
    PREFIX = "w"

    def __init__(self):
        Widget.created += 1
        self.id = Widget.created

    def tag(self) -> str:
        return self.PREFIX + str(self.id)


class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


class Transaction:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("begin")
        return self

    def __exit__(self, kind, value, traceback):
        self.log.append("rollback" if kind is not None else "commit")
        return False


def count_widgets() -> int:
    return Widget.created


if __name__ == "__main__":
    print(Widget().tag(), count_widgets())
    print(Money(1) + Money(2), Money(1) == Money(1), Money(1) < Money(2), hash(Money(3)))
    with Transaction() as t:
        pass
    print(t.log)
