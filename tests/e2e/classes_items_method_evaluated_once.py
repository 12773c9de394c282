class Registry:
    def __init__(self):
        self.calls = 0
    def items(self):
        self.calls += 1
        return [(1, "a"), (2, "b")]
def make():
    print("make")
    return Registry()
for k, v in make().items():
    print(k, v)
