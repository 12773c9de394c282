def loop_closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i * 10)
    return [f() for f in fs]
print(loop_closures())
fs = []
for j in range(3):
    fs.append(lambda: j)
print([f() for f in fs])
def deep(n):
    def down(k):
        if k == 0:
            return 0
        return 1 + down(k - 1)
    return down(n)
print(deep(500))
try:
    deep(5000)
except RecursionError:
    print("recursion")
def raiser():
    def inner(x):
        if x > 2:
            raise KeyError(x)
        return x
    total = 0
    for v in range(5):
        try:
            total += inner(v)
        except KeyError as e:
            print("caught", e)
    return total
print(raiser())
def no_capture():
    def helper(x):
        return x * 2
    return helper
h = no_capture()
print(h(21))
