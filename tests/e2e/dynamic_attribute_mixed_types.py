# One attribute name holding an int and then a str: a field of the dynamic tier.
class Cell:
    def __init__(self):
        self.value = 0

    def clear(self):
        self.value = "empty"


cell = Cell()
cell.clear()
print(cell.value)
