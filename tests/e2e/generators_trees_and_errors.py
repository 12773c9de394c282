class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right

def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Tree(mid, build(lo, mid - 1), build(mid + 1, hi))

t = build(1, 10)
print([v for v in t])
print(max(t), min(t))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in enumerate(fib()):
    if i > 10:
        break
    print(i, f)

def bad():
    yield 1
    raise ValueError("boom")

g = bad()
try:
    for v in g:
        print("got", v)
except ValueError as e:
    print("caught", e)
print(next(g, -1))

def pipeline():
    nums = (n for n in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return squares
print(list(pipeline()))
it = iter([1, 2, 3])
print(next(it))
for rest in it:
    print("rest", rest)
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
print(list(gen_with_finally()))
g = bad()
next(g)
next(g)
