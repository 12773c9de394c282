# dict | dict and dict |= dict natively: a new dict of the left entries updated
# with the right ones, or the left dict updated in place (aliases see it).
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b)
a |= {"w": 0, "x": -1}
print(a)
alias = a
alias |= b
print(a is alias, a)
mixed = {"n": 1} | {"s": "text"}
print(mixed)
numbers = {1: 1.5} | {2: 2.5}
print(numbers, len(numbers))
print({} | {}, a | {})
