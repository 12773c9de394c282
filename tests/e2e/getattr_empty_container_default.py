# Review case: getattr with an empty list or dict as the default: what is added later keeps its type.
class Holder:
    def __init__(self):
        self.real = [1]

h = Holder()
tags = getattr(h, "tags", [])
tags.append(10)
tags.append(20)
print(tags, len(tags))
counts = getattr(h, "counts", {})
counts["a"] = 1
print(counts)
print(getattr(h, "tags", []) + [7])
print(getattr(h, "real", []) + [2])
