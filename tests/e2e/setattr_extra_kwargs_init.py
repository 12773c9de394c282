# Review case: setattr of **kwargs keys in __init__, names no code assigns by name.
class Record:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def total(self):
        return self.qty * self.price

r = Record(qty=3, price=1.5, label="apple", notes=None)
print(r.qty, r.price, r.label, r.notes)
print(r.total())
r2 = Record(qty=10, price=2, label="pear", notes=["fresh"])
print(r2.total(), r2.notes)
print([getattr(x, "label") for x in (r, r2)])
print(r.notes is None)
