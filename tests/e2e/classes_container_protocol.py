class C:
    count = 0
    def __init__(self, v):
        self._v = v
    @classmethod
    def make(cls, v):
        cls.count += 1
        return cls(v)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
c = C(3)
print(c.v, C.count)
c.v = 10
print(c.v)
class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __len__(self):
        return len(self.d)
    def __bool__(self):
        return len(self.d) > 0
    def __call__(self, x):
        return x * 2
g = Grid()
print(bool(g))
g[1] = 5
print(g[1], g[2], 1 in g, 2 in g, len(g), bool(g))
del g[1]
print(len(g), g(21))
if not g:
    print("empty")
