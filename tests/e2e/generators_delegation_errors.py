def inner(vals):
    for v in vals:
        if v == 0:
            raise ZeroDivisionError("zero in input")
        yield 100 // v


def middle(vals):
    try:
        yield from inner(vals)
    except ZeroDivisionError as e:
        print("middle caught:", e)
        yield -1
    finally:
        print("middle finally")


print(list(middle([5, 0, 2])))
print(list(middle([4, 10])))

streams = {"a": inner([1, 2]), "b": inner([5])}
for k in sorted(streams):
    print(k, list(streams[k]))

shared = iter(range(10))
firsts = [next(shared) for _ in range(3)]
evens = [x for x in shared if x % 2 == 0]
print(firsts, evens)

def pairs_from(it):
    for a in it:
        b = next(it, -1)
        yield (a, b)

print(list(pairs_from(iter([1, 2, 3, 4, 5]))))

def lists():
    buf = []
    for i in range(3):
        buf.append(i)
        yield buf

out = list(lists())
print(out)

def outer_raises():
    yield 1
    yield from inner([3, 0])

total = 0
try:
    for v in outer_raises():
        total += v
except ZeroDivisionError as e:
    print("consumer caught:", e, "total", total)
