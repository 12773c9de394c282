# An adversarial test of the program's functions handed to CPython (callbacks),
# checked against python3.
import json
import functools

def sq(x):
    return x * x
def add(a, b):
    return a + b
print(sq(7), add(3, 4))
data = json.loads("[1, 2, 3]")
print(list(map(sq, data)))
print(functools.reduce(add, data))
print(sq(2.5), add("x", "y"))
print(list(map(sq, json.loads("[1.5, -2]"))))
print(functools.reduce(add, json.loads('["a", "b", "c"]')))
total = 0
for i in range(1000):
    total += sq(i)
print(total)
print(sum(map(sq, json.loads(json.dumps(list(range(1000)))))))
print(add(sq(3), functools.reduce(add, map(sq, data))))
