# functools: reduce, lru_cache (with cache_info), partial, wraps and cached_property
import functools
import operator

print(functools.reduce(operator.add, range(1, 11)))
print(functools.reduce(lambda acc, x: acc * 10 + x, [3, 1, 4, 1, 5], 0))
print(functools.reduce(lambda a, b: a if len(a) >= len(b) else b, ["kiwi", "banana", "fig", "cherry"]))
nested = [[1, 2], [3], [4, 5, 6]]
print(functools.reduce(operator.concat, nested, []))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)], fib(90))
info = fib.cache_info()
print(f"hits={info.hits} misses={info.misses} size={info.currsize}")
fib.cache_clear()
print(fib.cache_info().currsize)


@functools.lru_cache(maxsize=3)
def slow_square(n):
    calls.append(n)
    return n * n


calls = []
for n in [1, 2, 3, 1, 4, 2, 1, 5]:
    slow_square(n)
print("computed:", calls, slow_square.cache_info())


def power(base, exponent):
    return base ** exponent


square = functools.partial(power, exponent=2)
two_to = functools.partial(power, 2)
print([square(i) for i in range(6)], [two_to(i) for i in range(6)])
print(square.func.__name__, square.keywords, two_to.args)
int_from_bin = functools.partial(int, base=2)
print(int_from_bin("101101"), int_from_bin("11111111"))


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        result = func(*args)
        print(f"  {func.__name__}{args} = {result}")
        return result
    return wrapper


@logged
def gcd(a, b):
    """Greatest common divisor."""
    return a if b == 0 else gcd(b, a % b)


gcd(1071, 462)
print(gcd.__name__, gcd.__doc__, gcd.__wrapped__(48, 18))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("  computing area")
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, c.area)
print(functools.reduce(operator.or_, [{1}, {2, 3}, {3, 4}]))
