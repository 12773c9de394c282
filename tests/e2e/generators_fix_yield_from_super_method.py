class Base:
    def items(self):
        yield "base1"
        yield "base2"


class Child(Base):
    def items(self):
        yield "child0"
        yield from super().items()
        yield "child3"


print(list(Child().items()))
