log = []


def resource(name, items):
    log.append("open " + name)
    try:
        for it in items:
            yield name + ":" + it
    finally:
        log.append("close " + name)


def nested():
    try:
        yield from resource("a", ["1", "2"])
        yield from resource("b", ["3"])
    finally:
        log.append("nested done")


def counter(n):
    total = 0
    try:
        for i in range(n):
            total += i
            yield i
    finally:
        print("counter finished, total =", total)


print(list(resource("x", ["p", "q", "r"])))
print(log)
log.clear()
for s in nested():
    print("got", s)
print(log)
print(sum(counter(5)))
for i in counter(3):
    print("loop", i)


def failing():
    try:
        yield 1
        yield 2
        raise RuntimeError("boom")
    finally:
        print("failing cleanup")


got = []
try:
    for v in failing():
        got.append(v)
except RuntimeError as e:
    print("caught", e, "after", got)


def with_except(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield -1
        finally:
            print("  processed", v)


print(list(with_except([2, 0, 5])))
