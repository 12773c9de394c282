# Functions whose loops only work on CPython objects (Fractions, Decimals, a
# json-decoded document) run in CPython, where those operations are cheaper
# than crossings; functions doing native work in their loops stay native.
# The output is the same either way.
from decimal import Decimal, getcontext
from fractions import Fraction
import json


def harmonic(n):
    total = Fraction(0)
    for k in range(1, n + 1):
        total += Fraction(1, k)
    return total


def compound(principal, rate, years):
    getcontext().prec = 30
    amount = Decimal(principal)
    factor = 1 + Decimal(rate) / 100
    year = 0
    while year < years:
        amount = amount * factor
        year += 1
    return amount.quantize(Decimal("0.01"))


def walk(document):
    names = []
    for entry in document["entries"]:
        if entry["active"]:
            names.append(entry["name"].upper())
    return names


def digit_sum(n):
    # Native work in the loop: this one stays native.
    total = 0
    for k in range(n):
        total += int(json.dumps(k)[-1])
    return total


def accumulate(values):
    result = json.loads("[]")
    for value in values:
        result.append(value)
        result.append(json.loads(json.dumps(value)))
    return result


document = json.loads('{"entries": [{"name": "ada", "active": true}, {"name": "bob", "active": false}, {"name": "cy", "active": true}]}')
print(harmonic(30))
print(compound("1000.00", "5", 10))
print(walk(document))
print(digit_sum(1000))
print(accumulate(json.loads("[1, 2.5, \"x\", null]")))
