class C:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
def default():
    print("default evaluated")
    return -1
c = C(2)
print(next(c, default()), next(c, default()), next(c, default()), next(c, 7))
