# Constructors bind arguments like functions, with CPython's messages.


class Pair:
    def __init__(self, first, second=10):
        self.first = first
        self.second = second

    def swapped(self):
        return Pair(self.second, self.first)


print(Pair(1).second, Pair(1, 2).swapped().first, Pair(second=3, first=4).first)
print(Pair(1, 2, 3).first)
