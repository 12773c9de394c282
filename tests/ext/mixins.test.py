from mixins import Named, Sized, Square, total_area, labels

s = Square("sq", 3.0)
print(s.label(), s.area(), s.describe(), s.name, s.side)
print(isinstance(s, Named), isinstance(s, Sized), issubclass(Square, Sized), [c.__name__ for c in Square.__mro__[:3]])
print(total_area([s, Square("b", 2.0)]), labels([s, Named("n")]))
s.side = 4.0
print(s.area(), s.describe())


class Tagged(Square):
    def tag(self):
        return self.label() + "!"


t = Tagged("t", 1.5)
print(t.tag(), t.area(), total_area([t]))
