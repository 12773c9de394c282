memo = {}
def fib(n):
    cached = memo.get(n)
    if cached is not None:
        return cached
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(30), len(memo))
print(memo.get(100), memo.get(10), memo.get(0))

cache = {}
def lookup(key):
    v = cache.get(key)
    if v is None:
        v = [key] * 2
        cache[key] = v
    return v
print(lookup("a"), lookup("b"), lookup("a") is lookup("a"))
print(cache)
