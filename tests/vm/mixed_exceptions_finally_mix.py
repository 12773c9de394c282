# Exercises CPython exceptions (ValueError, KeyError, IndexError, TypeError, ZeroDivisionError) caught natively in functions and loops with finally.
import json
from fractions import Fraction
from decimal import Decimal
from collections import deque, OrderedDict

log = []

def risky(kind):
    try:
        if kind == 0:
            return json.loads("{")
        if kind == 1:
            return OrderedDict(a=1)["b"]
        if kind == 2:
            return deque().pop()
        if kind == 3:
            return Fraction(1, 2) + "x"
        if kind == 4:
            return Fraction(3) / 0
        if kind == 5:
            return Decimal(1) / Decimal(0)
        return "fine"
    finally:
        log.append(kind)

for k in range(7):
    try:
        r = risky(k)
        print(k, "returned", r)
    except ZeroDivisionError as e:
        print(k, "ZeroDivisionError", type(e).__name__)
    except (KeyError, IndexError) as e:
        print(k, "lookup", type(e).__name__, repr(e))
    except ValueError as e:
        print(k, "ValueError", type(e).__name__)
    except TypeError as e:
        print(k, "TypeError", e)
print("log:", log)
def nested():
    try:
        try:
            int(Fraction(1, 2) / 0)
        except ArithmeticError as e:
            raise ValueError("wrapped") from e
    except ValueError as e:
        return f"{e} <- {type(e).__name__}"
print(nested())
count = 0
for s in ["1", "x", "2.5", "3"]:
    try:
        count += int(Decimal(s))
    except Exception as e:
        print("skip", s, type(e).__name__)
    finally:
        count += 100
print("count:", count)
