def squares(n):
    for i in range(n):
        yield i * i


def letters(word):
    for ch in word:
        yield ch


def pairs(n):
    for i in range(n):
        yield (str(i), i * 10)


print(list(squares(6)))
print(tuple(squares(4)))
print(sorted(set(x % 5 for x in squares(10))))
print(sum(squares(10)), min(squares(10)), max(squares(10)))
print(sorted(squares(5), reverse=True))
print(any(x > 20 for x in squares(5)), all(x < 20 for x in squares(5)))
print(dict(pairs(4)))
print(list(enumerate(letters("abc"), 1)))
print(list(zip(letters("xyz"), squares(10))))
print("-".join(letters("hello")))
print("".join(sorted(letters("generator"))))
print(max(letters("python"), key=lambda c: ord(c)))
print(sorted(pairs(3), key=lambda p: -p[1]))
print(min(squares(0), default=-1))
print(len(list(squares(100))))
g = squares(3)
print(next(g), next(g), next(g), next(g, -1), next(g, -2))
it = iter([4, 5, 6])
print(next(it), list(it))
s = iter("ab")
print(next(s), next(s), next(s, "?"))
d = {"k1": 1, "k2": 2}
ki = iter(d)
print(next(ki), next(ki))
print(list(map(lambda x: x + 1, squares(4))))
print(list(filter(lambda x: x % 2 == 0, squares(7))))
print(list(reversed(list(squares(4)))))
print(sum(1 for _ in letters("mississippi") if _ == "s"))
print(sorted(set(letters("mississippi"))))
