# Duck typing in the dynamic tier (calls, attribute reads and stores on values that may be instances of several classes): sort by method.
class P:
    def __init__(self, n, a):
        self.n = n
        self.a = a
    def key(self):
        return self.a
    def __repr__(self):
        return f"P({self.n})"
class Q:
    def __init__(self, n):
        self.n = n
    def key(self):
        return len(self.n) * 10
    def __repr__(self):
        return f"Q({self.n})"
xs = [P("a", 30), Q("zz"), P("b", 5), Q("yyyy"), P("c", 20)]
print(sorted(xs, key=lambda x: x.key()))
print(sorted(xs, key=lambda x: (x.key(), x.n), reverse=True))
print(max(xs, key=lambda x: x.key()).n, min(xs, key=lambda x: x.key()).n)
xs.sort(key=lambda x: x.n)
print(xs)
