def make_counter_gen(step):
    def gen(limit):
        n = 0
        while n < limit:
            yield n
            n += step
    return gen


def make_filter(threshold):
    def keep(values):
        for v in values:
            if v >= threshold:
                yield v
    return keep


def compose(seed):
    history = []

    def produce(n):
        x = seed
        for _ in range(n):
            history.append(x)
            yield x
            x = (x * 7 + 3) % 101

    return produce, history


by3 = make_counter_gen(3)
by5 = make_counter_gen(5)
print(list(by3(20)), list(by5(20)))
keep_big = make_filter(10)
print(list(keep_big(by3(30))))
print(sum(keep_big(x * x for x in range(6))))

produce, history = compose(11)
print(list(produce(6)))
print("history:", history)
gen = produce(3)
print(next(gen), len(history))
print(next(gen), len(history))

multipliers = [2, 3, 4]
tables = []
for m in multipliers:
    tables.append(list(m * i for i in range(1, 5)))
print(tables)


def scaled(factor):
    return (factor * x for x in range(4))


print(list(scaled(10)), list(scaled(-1)))


def accumulate_by(op_name):
    def run(values):
        acc = 0
        for v in values:
            if op_name == "add":
                acc += v
            else:
                acc = max(acc, v)
            yield acc
    return run


print(list(accumulate_by("add")([3, 1, 4, 1, 5])))
print(list(accumulate_by("max")([3, 1, 4, 1, 5])))
