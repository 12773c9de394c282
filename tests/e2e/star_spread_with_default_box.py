# A `*sequence` that may or may not reach a parameter with a default: the
# parameter is boxed, and the default is boxed with it.
class V:
    def __init__(self, a, b=()):
        self.a = a
        self.b = b
    def __repr__(self):
        return f"V({self.a}, {self.b})"
print(V(*[1]))
