# range() and slice bounds given CPython objects (ints from json): their
# __index__, as CPython takes them; a float raises CPython's TypeError.
import json

settings = json.loads('{"count": 4, "step": 2, "width": 2.5}')


def total_up_to(n):
    total = 0
    for i in range(n):
        total += i
    return total


def evens(limit, step):
    out = []
    for i in range(0, limit, step):
        out.append(i)
    return out


print(total_up_to(settings["count"]), evens(9, settings["step"]), list(range(settings["count"])))
words = json.loads('["a", "b", "c", "d", "e"]')
start = settings["step"]
print(words[start:start + settings["step"]], words[:settings["count"]:start])
try:
    total_up_to(settings["width"])
except TypeError as error:
    print("TypeError:", error)
