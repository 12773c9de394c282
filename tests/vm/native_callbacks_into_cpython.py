# Native functions and lambdas handed to CPython: key functions, re.sub
# replacements, reduce, json hooks; their exceptions come back as themselves.
import json
import re
import functools

WORD = re.compile(r"[a-z]+")


def shout(match):
    return match.group(0).upper()


class Missing(Exception):
    pass


def main():
    rows = json.loads('[{"name": "bob", "age": 31}, {"name": "al", "age": 27}, {"name": "cy", "age": 40}]')
    by_age = sorted(rows, key=lambda row: row["age"])
    print([row["name"] for row in by_age])
    print(max(rows, key=lambda row: len(row["name"]))["name"])
    print(WORD.sub(shout, "hello 12 world"))
    scale = 3
    print(re.sub(r"\d+", lambda m: str(int(m.group(0)) * scale), "a1 b22 c333"))
    print(functools.reduce(lambda a, b: a * b, json.loads("[1, 2, 3, 4, 5]")))
    data = json.loads('{"x": 1.5, "y": [1, 2]}', object_hook=lambda d: sorted(d.keys()))
    print(data)
    def fail(m):
        raise Missing("no " + m.group(0))
    try:
        WORD.sub(fail, "abc")
    except Missing as e:
        print("caught", type(e).__name__, e)
    try:
        WORD.sub(lambda m: 1 // 0, "abc")
    except ZeroDivisionError as e:
        print("zero", e)
    try:
        functools.reduce(shout, [1, 2, 3])
    except TypeError as e:
        print("type", e)


main()
