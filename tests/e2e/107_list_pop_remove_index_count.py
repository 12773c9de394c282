# Tests list.pop (end, index, negative), remove (first occurrence), index (with start/stop) and count.
xs = [4, 7, 4, 1, 9, 4, 2, 7]
print(xs.count(4), xs.count(7), xs.count(100))
print(xs.index(7), xs.index(4), xs.index(4, 1), xs.index(4, 3, 7), xs.index(2))
last = xs.pop()
print(last, xs)
first = xs.pop(0)
print(first, xs)
mid = xs.pop(2)
print(mid, xs)
neg = xs.pop(-2)
print(neg, xs)
xs.remove(4)
print(xs)
xs.remove(7)
print(xs)
words = ["to", "be", "or", "not", "to", "be"]
print(words.count("to"), words.count("be"), words.count("xx"), words.index("not"))
words.remove("be")
print(words)
while "to" in words:
    words.remove("to")
    print("removed to:", words)
stack = [1, 2, 3, 4, 5]
popped = []
while stack:
    popped.append(stack.pop())
print(popped, stack)
queue = ["a", "b", "c"]
order = []
while len(queue) > 0:
    order.append(queue.pop(0))
print(order)
def remove_all(values, target):
    removed = 0
    while target in values:
        values.remove(target)
        removed += 1
    return removed
data = [3, 1, 3, 3, 5, 3]
print(remove_all(data, 3), data)
print(remove_all(data, 42), data)
pairs = [(1, 2), (3, 4), (1, 2), (5, 6)]
print(pairs.count((1, 2)), pairs.index((5, 6)))
pairs.remove((1, 2))
print(pairs)
vals = [1.5, 2.5, 1.5]
print(vals.count(1.5), vals.index(2.5), vals.pop())
