# `x in container` where x holds values of several scalar types (a tokenizer's
# tokens): the test of the type x holds; other types are never found.
tokens = ["3", "+", 4, "*", None, 7, "x"]
operators = ("+", "-", "*", "/")
numbers = [3, 4, 5]
names = {"x": 1, "y": 2}
letters = {"a", "b", "+"}
for token in tokens:
    print(repr(token), token in operators, token not in numbers, token in names, token in letters, token in ["x", "y"])
for token in tokens:
    try:
        print(repr(token), token in "a+b")
    except TypeError as e:
        print(repr(token), "TypeError:", e)
