class P:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"P({self.x}, {self.y})"
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
ps = [P(3, 1), P(1, 2), P(2, 0)]
print(sorted(ps))
ps.sort()
print(ps)
s = {P(1, 2), P(1, 2)}
print(len(s))
d = {P(1,2): 'a'}
print(d[P(1,2)])
