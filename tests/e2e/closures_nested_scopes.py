# Several levels of nesting, late binding, shadowing and sibling functions.

def level1(a):
    b = a * 2

    def level2(c):
        d = c + b

        def level3(e):
            return a + b + d + e

        return level3(100)

    return level2(10)


print(level1(1))


def late_binding():
    x = "before"
    def show():
        return x
    first = show()
    x = "after"
    return first, show()


print(late_binding())


def siblings(n):
    def is_even(k):
        if k == 0:
            return True
        return is_odd(k - 1)

    def is_odd(k):
        if k == 0:
            return False
        return is_even(k - 1)

    return [is_even(i) for i in range(n)]


print(siblings(6))


def shadow():
    value = 1

    def inner():
        value = 2
        return value

    return inner(), value


print(shadow())


def counter_pair():
    count = 0

    def up():
        nonlocal count
        count += 1
        return count

    def down():
        nonlocal count
        count -= 1
        return count

    return up, down


up, down = counter_pair()
print(up(), up(), up(), down())
up2, down2 = counter_pair()
print(up2(), up())


def fib_memo(n):
    memo = {}

    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        result = fib(k - 1) + fib(k - 2)
        memo[k] = result
        return result

    return fib(n)


print(fib_memo(60))


def unbound_free():
    def reader():
        return later
    try:
        reader()
    except NameError as error:
        print("NameError:", error)
    later = 3
    return reader()


print(unbound_free())
