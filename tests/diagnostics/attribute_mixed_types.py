# One attribute name holds one type in a class family.
class Cell:
    def __init__(self):
        self.value = 0

    def clear(self):
        self.value = "empty"


cell = Cell()
cell.clear()
print(cell.value)
