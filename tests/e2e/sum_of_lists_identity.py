# sum(lists, start) returns start itself when there is nothing to add, and a
# new list otherwise; nested lambdas read the variables of every enclosing
# function.
start = [0]
same = sum([], start)
same.append(1)
print(start, same is start)
other = sum([[2], [3]], start)
other.append(4)
print(start, other, other is start)
print(sum([[1], [2, 3]], []), sum((x for x in [[5]]), [9]))


def nested():
    v = [1, 2, 3]
    g = lambda: (lambda: v)()
    print(g())
    h = lambda a: (lambda b: a + b + len(v))(10)
    print(h(5))
    k = 7
    print(sorted([(3, "c"), (1, "a")], key=lambda p: (lambda q: q[0] * k)(p)))


nested()
w = 4
print((lambda: (lambda: w * 2)())())
