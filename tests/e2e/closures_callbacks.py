# Functions as values: callbacks, key functions and map/filter with closures.

def apply(function, values):
    return [function(v) for v in values]


def scale_all(values, factor):
    return apply(lambda v: v * factor, values)


print(scale_all([1, 2, 3], 10))


def sort_by_distance(points, origin):
    ox, oy = origin
    def distance(point):
        x, y = point
        return (x - ox) ** 2 + (y - oy) ** 2
    return sorted(points, key=distance)


print(sort_by_distance([(5, 5), (1, 1), (3, 2), (0, 0)], (2, 2)))


def threshold_filter(values, limit):
    return list(filter(lambda v: v > limit, values))


print(threshold_filter([3, 8, 1, 9, 4], 3))


def offsets(values, delta):
    return list(map(lambda v: v + delta, values))


print(offsets([1, 2, 3], 7))


def best(words, letter):
    return max(words, key=lambda w: w.count(letter))


print(best(["apple", "banana", "cherry"], "a"))


def handler_table():
    log = []

    def on_start(name):
        log.append("start " + name)

    def on_stop(name):
        log.append("stop " + name)

    on_start("engine")
    on_stop("engine")
    on_start("pump")
    return log


print(handler_table())


def make_multiplier(k):
    def multiply(x, y=1):
        return x * y * k
    return multiply


triple = make_multiplier(3)
print(triple(2), triple(2, 5), triple(x=4), triple(y=2, x=1))


def with_default(prefix):
    def label(text, sep=": "):
        return prefix + sep + text
    return label


a = with_default("A")
b = with_default("B")
print(a("one"), b("two", sep=" - "), a("three"))
