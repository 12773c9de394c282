# except clauses that name CPython exception classes, next to native ones.
import json
from decimal import Decimal, InvalidOperation

try:
    Decimal("abc")
except InvalidOperation as error:
    print("InvalidOperation", type(error).__name__)
for text in ["[1]", "{bad"]:
    try:
        print(json.loads(text))
    except json.JSONDecodeError as error:
        print("decode error:", error)
try:
    int("x")
except (KeyError, json.JSONDecodeError):
    print("wrong")
except ValueError as error:
    print("ValueError", error)
try:
    raise KeyError("k")
except json.JSONDecodeError:
    print("wrong")
except KeyError:
    print("KeyError native")
