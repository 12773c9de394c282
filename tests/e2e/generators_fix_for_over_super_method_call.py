class Base:
    def items(self):
        return [1, 2]


class Child(Base):
    def items(self):
        return [0] + super().items()

    def more(self):
        for x in super().items():
            print(x)


print(Child().items())
Child().more()
