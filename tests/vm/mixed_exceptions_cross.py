# CPython exceptions caught by native handlers, with their types intact.
import json
import fractions
from decimal import Decimal, InvalidOperation


def parse(text):
    try:
        return json.loads(text)
    except ValueError as error:
        return "bad: " + type(error).__name__ + ": " + str(error)


print(parse('{"a": 1}'))
print(parse("{oops"))
print(parse("[1, 2,"))
try:
    fractions.Fraction(1, 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)
try:
    Decimal("abc")
except InvalidOperation:
    print("never: InvalidOperation is not native")
except ArithmeticError as error:
    print("ArithmeticError caught", type(error).__name__)
data = json.loads('{"k": [1, 2, 3]}')
try:
    data["missing"]
except KeyError as error:
    print("KeyError", error)
try:
    data["k"][10]
except IndexError as error:
    print("IndexError", error)
try:
    int(data["k"])
except TypeError as error:
    print("TypeError", error)
count = 0
for text in ["1", "2", "x", "4"]:
    try:
        count += int(json.loads(text))
    except ValueError:
        count += 100
print(count)
json.loads("{bad json")
