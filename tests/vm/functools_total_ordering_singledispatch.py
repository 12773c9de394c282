# functools.total_ordering and singledispatch for comparable types and type-based formatting
from functools import total_ordering, singledispatch
from decimal import Decimal
from fractions import Fraction


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._norm() == other._norm()

    def __lt__(self, other):
        return self._norm() < other._norm()

    def _norm(self):
        parts = list(self.parts)
        while parts and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.2", "1.10", "1.2.1", "0.9.9", "1.2.0", "2"]]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("1.2"), Version("1.2.0")
print(a == b, a <= b, a >= b, a > Version("1.1.9"), a != Version("1.3"))
print(Version("3.0") >= Version("2.99"), Version("1") < Version("1.0.1"))


@singledispatch
def fmt(value):
    return f"<{type(value).__name__}>"


@fmt.register
def _(value: int):
    return f"int:{value:,}"


@fmt.register
def _(value: float):
    return f"float:{value:.3f}"


@fmt.register
def _(value: str):
    return f"str:{value!r}"


@fmt.register(list)
@fmt.register(tuple)
def _(value):
    return "[" + ", ".join(fmt(v) for v in value) + "]"


@fmt.register
def _(value: dict):
    return "{" + ", ".join(f"{fmt(k)}={fmt(v)}" for k, v in value.items()) + "}"


@fmt.register(Decimal)
def _(value):
    return f"dec:{value}"


@fmt.register(bool)
def _(value):
    return "yes" if value else "no"


samples = [1234567, 3.14159, "hi", [1, 2.5, "x"], (True, None), {"k": [1, 2]}, Decimal("9.90"), Fraction(1, 3), Version("4.5")]
for s in samples:
    print(fmt(s))
print(fmt.dispatch(bool).__name__, fmt.dispatch(Fraction) is fmt.dispatch(object))
print(sorted(t.__name__ for t in fmt.registry))
