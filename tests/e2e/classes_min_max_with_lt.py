class P:
    def __init__(self, x):
        self.x = x
try:
    print(min([P(1), P(2)]).x)
except TypeError as e:
    print("TypeError", e)
class Q:
    def __init__(self, x):
        self.x = x
    def __lt__(self, other):
        return self.x < other.x
    def __repr__(self):
        return "Q(%d)" % self.x
print(max(Q(3), Q(9), Q(4)), min(Q(3), Q(9), Q(4)))
print(max((Q(i * 7 % 5) for i in range(6))))
print(min([Q(5)], key=lambda q: q))
