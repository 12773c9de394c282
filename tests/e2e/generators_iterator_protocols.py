class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print("tick", n)
print(list(Countdown(4)))
print(sum(Countdown(10)))
c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration:
    print("stopped")

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i, i * i
            i += 1

for a, b in Range2(3):
    print(a, b)
d = dict(Range2(4))
print(d)

def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(take(5, naturals())))
print(list(take(3, (x * x for x in naturals() if x % 3 == 0))))

def make_counter():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return gen

g = make_counter()
print(list(g()), list(g()))

def flatten(nested):
    for item in nested:
        yield from item

print(list(flatten([[1, 2], [3], [], [4, 5]])))
print(", ".join(str(x) for x in range(5)))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in take(5, naturals())))
gen = (i for i in range(3))
print("skip")
for i in gen:
    print(i)
print(list(gen))
def early():
    yield 1
    return
    yield 2
print(list(early()))
def empty():
    return
    yield
print(list(empty()))
print(sorted(x % 7 for x in range(20)))
print(max((len(w), w) for w in "the quick brown fox".split()))
