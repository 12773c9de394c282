# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): shared base plus unrelated.
class Base:
    def __init__(self, n): self.n = n
    def val(self): return self.n
    def twice(self): return self.val() * 2
class Sub1(Base):
    def val(self): return self.n + 100
class Sub2(Base):
    pass
class Other:
    def __init__(self): self.n = -1
    def val(self): return "other"
    def twice(self): return "oo"
objs = [Sub1(1), Sub2(2), Other(), Base(3)]
for o in objs:
    print(o.val(), o.twice(), o.n)
