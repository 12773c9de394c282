def task(name, steps):
    for i in range(steps):
        yield name + " step " + str(i + 1) + "/" + str(steps)
    yield name + " done"


def scheduler(tasks):
    queue = list(tasks)
    tick = 0
    while queue:
        current = queue.pop(0)
        msg = next(current, "")
        if msg == "":
            continue
        tick += 1
        yield (tick, msg)
        queue.append(current)


def interleave(a, b):
    ia = iter(a)
    ib = iter(b)
    while True:
        x = next(ia, -1)
        y = next(ib, -1)
        if x == -1 and y == -1:
            return
        if x != -1:
            yield x
        if y != -1:
            yield y


for tick, msg in scheduler([task("download", 3), task("parse", 1), task("index", 2)]):
    print(str(tick).zfill(2), msg)

print(list(interleave([1, 3, 5, 7, 9], [2, 4])))
print(list(interleave((x for x in range(3)), (x * 100 for x in range(1, 6)))))


def cycle_n(items, times):
    for _ in range(times):
        for x in items:
            yield x


colors = cycle_n(["red", "green", "blue"], 2)
assignments = list(zip(["t1", "t2", "t3", "t4", "t5", "t6", "t7"], colors))
print(assignments)
print(list(colors))
