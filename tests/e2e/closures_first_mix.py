def solve(n):
    count = 0
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return count


def make_counter(start):
    value = start
    def increment(step=1):
        nonlocal value
        value += step
        return value
    return increment


def compose(f, g):
    return lambda x: f(g(x))


def twice(f):
    def wrapper(x):
        return f(f(x))
    return wrapper


@twice
def add3(x):
    return x + 3


def outer():
    x = 1
    def middle():
        def inner():
            return x * 10
        return inner()
    x = 5
    return middle()


for n in range(1, 8):
    print(n, solve(n))
c = make_counter(10)
print(c(), c(), c(5))
d = make_counter(100)
print(d(), c())
inc = lambda v: v + 1
dbl = lambda v: v * 2
h = compose(inc, dbl)
print(h(5))
print(add3(1))
print(outer())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
def key_by(k):
    return sorted([[3, 1], [1, 3], [2, 2]], key=lambda t: t[k])
print(key_by(0), key_by(1))
