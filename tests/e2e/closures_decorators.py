# Decorators written by the user: plain, stacked and with arguments.

def twice(function):
    def wrapper(x):
        return function(function(x))
    return wrapper


def shout(function):
    def wrapper(text):
        return function(text).upper() + "!"
    return wrapper


def repeat(times):
    def decorator(function):
        def wrapper(x):
            result = x
            for _ in range(times):
                result = function(result)
            return result
        return wrapper
    return decorator


calls = []


def logged(function):
    def wrapper(x):
        calls.append(x)
        return function(x)
    return wrapper


@twice
def add_three(x):
    return x + 3


@shout
def greet(name):
    return "hello " + name


@repeat(4)
def double(x):
    return x * 2


@logged
@twice
def square(x):
    return x * x


print(add_three(1))
print(greet("world"))
print(double(1))
print(square(3))
print(calls)


def apply_all(functions, value):
    return [f(value) for f in functions]


def make_adder(n):
    return lambda x: x + n


adders = [make_adder(1), make_adder(10), make_adder(100)]
print([adder(5) for adder in adders])
