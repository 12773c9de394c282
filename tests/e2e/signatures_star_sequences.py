def total(*numbers):
    return sum(numbers)
values = [1, 2, 3]
print(total(*values), total(*[]), total(10, *values))
def point(x, y, z=0):
    return (x, y, z)
print(point(*[1, 2]), point(*[1, 2, 3]), point(5, *[6]))
coords = [[1, 2], [3, 4, 5]]
for c in coords:
    print(point(*c))
def head(first, *rest):
    return first, len(rest)
print(head(*"abc".split("b")), head(*[1, 2, 3, 4]))
for bad in [[1], [1, 2, 3, 4], []]:
    try:
        print(point(*bad))
    except TypeError as e:
        print("TypeError:", e)
def none():
    return 0
try:
    none(*[1])
except TypeError as e:
    print(e)
class V:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def scaled(self, *factors):
        k = 1
        for f in factors:
            k *= f
        return V(self.x * k, self.y * k)
pair = [3, 4]
v = V(*pair).scaled(*[2, 5])
print(v.x, v.y)
t = tuple(pair)
print(point(*t), V(*t).x)
