import boxed

print(boxed.add(1, 2), boxed.add("a", "b"), boxed.add([1], [2]), boxed.add(1.5, 2))
print(boxed.apply_all(lambda v: v * 2, [1, 2, 3]), boxed.apply_all(str.upper, ("a", "b")))
print(boxed.count_matching(lambda v: v > 2, range(6)))
print(boxed.describe(3), boxed.describe(None), boxed.describe([1]))
print(boxed.apply(len, "four"), boxed.apply(boxed.square, 5))
try:
    boxed.add(1, "x")
except TypeError as error:
    print("TypeError:", error)
def failing(value):
    raise ValueError("from a callback: " + str(value))
try:
    boxed.apply_all(failing, [7])
except ValueError as error:
    print("ValueError:", error)
print(boxed.with_defaults(1), boxed.with_defaults(1, "x"), boxed.with_defaults(1, c=[3]))
import json
try:
    boxed.apply(json.loads, "{x")
except json.JSONDecodeError as error:
    print("JSONDecodeError:", error, error.pos)
class Custom(Exception):
    def __init__(self, message, code):
        super().__init__(message)
        self.code = code
def raise_custom(value):
    raise Custom("custom " + str(value), 42)
try:
    boxed.call_and_report(raise_custom, 5)
except Custom as error:
    print("Custom:", error, error.code)
original = ValueError("the same object")
def raise_original(value):
    raise original
try:
    boxed.apply(raise_original, 1)
except ValueError as error:
    print(error is original)
